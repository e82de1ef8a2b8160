package org.nhsblueprint.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nhsblueprint.report.AppraisalVolumes;
import org.nhsblueprint.scenario.ServiceAppraisal;

/** The per-service JSON of {@code appraise --json} and {@code compare --json}: one shape for both. Stateless. */
final class AppraisalJson {
    private AppraisalJson() {
    }

    /**
     * One service of an appraisal as JSON: {@code before} and {@code after} as {@code blueprint access --json} gives
     * them, who has a longer or shorter journey (overall, aged 65+, by IMD decile), then the demand and volume fields
     * of {@link VolumesJson#add}. The same shape as {@code appraise --json}'s services.
     */
    static ObjectNode service(Application app, ServiceAppraisal a, AppraisalVolumes volumes) {
        ObjectNode s = app.json().createObjectNode();
        s.put("service", a.before().service().id().value());
        s.set("before", app.accessJson().toJson(a.before()));
        s.set("after", app.accessJson().toJson(a.after()));
        s.put("population_longer_journey", a.populationLongerJourney());
        if (Double.isFinite(a.meanExtraMinutesAffected())) {
            s.put("mean_extra_minutes_affected", Math.round(a.meanExtraMinutesAffected() * 100) / 100.0);
        } else {
            s.putNull("mean_extra_minutes_affected");
        }
        s.put("population_shorter_journey", a.populationShorterJourney());
        s.put("aged_65_plus_longer_journey", a.aged65PlusLongerJourney());
        ArrayNode deciles = s.putArray("longer_journey_by_imd_decile");
        for (int d = 0; d < 10; d++) {
            deciles.addObject().put("decile", d + 1).put("population", a.longerByImdDecile().get(d));
        }
        new VolumesJson(app.json()).add(s, volumes);
        return s;
    }
}
