package org.nhsblueprint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nhsblueprint.access.AccessResult;
import org.nhsblueprint.access.Group;
import org.nhsblueprint.access.GroupSummary;
import org.nhsblueprint.access.Summary;

/**
 * The JSON form of an {@link AccessResult}: the shape {@code blueprint access --json} prints and {@code summary.json}
 * repeats per service. Field names are snake_case and stable; minutes are rounded to 0.01 and shares to 0.0001 so that
 * output is identical across platforms. Not-applicable figures (no next-nearest site) are {@code null}. Immutable and
 * thread-safe if its {@link ObjectMapper} is not reconfigured.
 */
public final class AccessJson {
    private final ObjectMapper mapper;

    public AccessJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode toJson(AccessResult r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("service", r.service().id().value());
        o.put("service_name", r.service().name());
        o.put("mode", r.service().mode().id());
        o.put("standard_minutes", r.service().standardMinutes());
        o.put("standard_source", r.service().standardSource());
        o.put("travel_times", r.travelTimesMethod());
        r.travelTimeNotes().forEach(o.withArray("travel_time_notes")::add);
        o.put("sites", r.siteCount());
        o.put("sites_outside_region", r.sitesOutsideRegion());
        Summary s = r.overall();
        o.put("population_total", s.population());
        o.put("population_within_standard", s.populationWithin());
        number(o, "share_within_standard", s.shareWithin(), 4);
        number(o, "mean_minutes", s.meanMinutes(), 2);
        number(o, "median_minutes", s.medianMinutes(), 2);
        number(o, "p90_minutes", s.p90Minutes(), 2);
        number(o, "max_minutes", s.maxMinutes(), 2);
        o.set("aged_65_plus", summary(r.aged65Plus()));
        ArrayNode deciles = o.putArray("by_imd_decile");
        for (GroupSummary g : r.byImdDecile()) {
            ObjectNode d = summary(g.summary());
            d.put("decile", ((Group.Decile) g.group()).decile());
            deciles.add(reorder(d, "decile"));
        }
        ArrayNode districts = o.putArray("by_borough");
        for (GroupSummary g : r.byDistrict()) {
            ObjectNode d = summary(g.summary());
            d.put("code", g.key());
            d.put("name", g.name());
            districts.add(reorder(d, "code", "name"));
        }
        ObjectNode choice = o.putObject("choice");
        number(choice, "mean_sites_within_standard", r.choice().meanSitesWithin(), 2);
        ArrayNode buckets = choice.putArray("population_by_sites_within_standard");
        long[] bySites = r.choice().populationBySites();
        for (int i = 0; i < bySites.length; i++) {
            ObjectNode b = buckets.addObject();
            b.put("sites", i == bySites.length - 1 ? i + "+" : Integer.toString(i));
            b.put("population", bySites[i]);
        }
        ObjectNode next = o.putObject("next_nearest");
        number(next, "mean_minutes", r.nextNearest().meanMinutes(), 2);
        number(next, "mean_extra_minutes", r.nextNearest().meanExtraMinutes(), 2);
        number(next, "p90_extra_minutes", r.nextNearest().p90ExtraMinutes(), 2);
        number(next, "share_within_standard", r.nextNearest().shareWithinStandard(), 4);
        return o;
    }

    private ObjectNode summary(Summary s) {
        ObjectNode o = mapper.createObjectNode();
        o.put("population", s.population());
        o.put("population_within_standard", s.populationWithin());
        number(o, "share_within_standard", s.shareWithin(), 4);
        number(o, "mean_minutes", s.meanMinutes(), 2);
        number(o, "median_minutes", s.medianMinutes(), 2);
        number(o, "p90_minutes", s.p90Minutes(), 2);
        number(o, "max_minutes", s.maxMinutes(), 2);
        return o;
    }

    /** Moves the named fields to the front, keeping the rest in order. */
    private ObjectNode reorder(ObjectNode node, String... first) {
        ObjectNode out = mapper.createObjectNode();
        for (String f : first) {
            out.set(f, node.get(f));
        }
        node.fields().forEachRemaining(e -> {
            if (!out.has(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    static void number(ObjectNode o, String field, double value, int decimals) {
        if (Double.isFinite(value)) {
            o.put(field, new java.math.BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue());
        } else {
            o.putNull(field);
        }
    }
}
