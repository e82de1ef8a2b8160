package org.nhsblueprint.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nhsblueprint.access.AreaAccess;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.District;
import org.nhsblueprint.model.PostcodeDistricts;
import org.nhsblueprint.model.Service;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.Site;
import org.nhsblueprint.model.SiteCode;
import org.nhsblueprint.model.SiteFact;
import org.nhsblueprint.store.Consultations;

/**
 * The public API: health, the dataset, its sites and areas, access for one area, published consultations, and the one
 * thing the public may write, a consultation response. Stateless apart from what {@link WebServer.Parts} holds.
 */
final class PublicApi {
    /** Respondent types a response may give (or none). */
    static final Set<String> RESPONDENT_TYPES = Set.of("individual", "clinician", "nhs_staff", "organisation",
            "councillor_or_mp");
    static final int MAX_TEXT = 10_000;
    /** How many small areas a postcode district lookup offers to choose from. */
    static final int NEAREST_AREAS = 8;

    private final WebServer.Parts p;
    /** Each area's access answer, written once at start: the answer never changes while the server runs. */
    private final Map<String, byte[]> accessJson = new java.util.HashMap<>();
    /** The districts' boundaries as GeoJSON, written once. */
    private final byte[] boundaries;
    /** Each district's name by its code. */
    private final Map<String, String> districtNames = new java.util.HashMap<>();

    PublicApi(WebServer.Parts parts) {
        this.p = parts;
        parts.region().districts().forEach(d -> districtNames.put(d.code().value(), d.name()));
        this.boundaries = boundaries(parts, districtNames);
        Map<String, Site> sites = new LinkedHashMap<>();
        parts.region().sites().forEach(s -> sites.put(s.code().value(), s));
        for (Area a : parts.region().areas()) {
            try {
                accessJson.put(a.code().value(), parts.json().writeValueAsBytes(accessOf(a, sites)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    void routes(RoutesConfig r) {
        r.get("/api/health", this::health);
        r.get("/api/datasets", this::datasets);
        r.get("/api/sites", this::sites);
        r.get("/api/areas", this::areas);
        r.get("/api/districts", this::districts);
        r.get("/api/boundaries", ctx -> ctx.contentType("application/geo+json").result(boundaries));
        r.get("/api/areas/{code}/access", this::access);
        r.get("/api/postcode-districts/{district}", this::postcodeDistrict);
        r.get("/api/consultations", ctx -> WebServer.json(ctx, p.json(), p.consultations().all()));
        r.get("/api/consultations/{id}", ctx -> WebServer.json(ctx, p.json(), consultation(ctx.pathParam("id"))));
        r.post("/api/consultations/{id}/responses", this::respond);
    }

    private void health(Context ctx) throws Exception {
        ObjectNode n = p.json().createObjectNode();
        n.put("status", "ok");
        n.put("dataset", p.region().name());
        boolean answers = p.database().ping();
        n.put("database", answers ? "ok" : "unreachable");
        if (!answers) {
            ctx.status(503);
            n.put("status", "degraded");
        }
        WebServer.json(ctx, p.json(), n);
    }

    private void datasets(Context ctx) throws Exception {
        ObjectNode n = p.json().createObjectNode();
        n.put("name", p.region().name());
        n.put("vintage", p.region().vintage());
        n.put("areas", p.region().areas().size());
        n.put("population", p.region().population());
        n.put("sites", p.region().sites().size());
        ArrayNode services = n.putArray("services");
        for (Service s : p.access().services()) {
            ObjectNode sn = services.addObject();
            sn.put("id", s.id().value());
            sn.put("name", s.name());
            sn.put("mode", s.mode().name().toLowerCase(java.util.Locale.ROOT));
            sn.put("standard_minutes", s.standardMinutes());
            sn.put("within_standard", p.access().result(s.id()).overall().shareWithin());
        }
        n.put("attribution", p.region().attribution());
        WebServer.json(ctx, p.json(), List.of(n));
    }

    private void sites(Context ctx) throws Exception {
        String service = ctx.queryParam("service");
        ServiceId id = service == null ? null : serviceId(service);
        ArrayNode out = p.json().createArrayNode();
        for (Site s : id == null ? p.region().sites() : p.region().sitesOffering(id)) {
            ObjectNode n = out.addObject();
            n.put("code", s.code().value());
            n.put("name", s.name());
            n.put("lat", s.location().lat());
            n.put("lon", s.location().lon());
            ArrayNode services = n.putArray("services");
            s.services().stream().map(ServiceId::value).sorted().forEach(services::add);
        }
        WebServer.json(ctx, p.json(), out);
    }

    private void areas(Context ctx) throws Exception {
        String district = ctx.queryParam("district");
        if (district != null && !districtNames.containsKey(district)) {
            throw new ApiError(404, "district", "no district " + district + " in " + p.region().name());
        }
        ArrayNode out = p.json().createArrayNode();
        for (Area a : p.region().areas()) {
            if (district == null || a.district().value().equals(district)) {
                ObjectNode n = out.addObject();
                n.put("code", a.code().value());
                n.put("name", a.name());
                n.put("district", a.district().value());
                n.put("district_name", districtNames.get(a.district().value()));
                n.put("population", a.population());
                n.put("lat", a.centroid().lat());
                n.put("lon", a.centroid().lon());
            }
        }
        WebServer.json(ctx, p.json(), out);
    }

    private void districts(Context ctx) throws Exception {
        Map<String, Long> population = new java.util.HashMap<>();
        p.region().areas().forEach(a -> population.merge(a.district().value(), (long) a.population(), Long::sum));
        ArrayNode out = p.json().createArrayNode();
        p.region().districts().stream().sorted(java.util.Comparator.comparing(District::name)).forEach(d -> {
            ObjectNode n = out.addObject();
            n.put("code", d.code().value());
            n.put("name", d.name());
            n.put("population", population.getOrDefault(d.code().value(), 0L));
        });
        WebServer.json(ctx, p.json(), out);
    }

    private static byte[] boundaries(WebServer.Parts parts, Map<String, String> names) {
        ObjectNode fc = parts.json().createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (org.nhsblueprint.model.Boundary b : parts.region().boundaries()) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.putObject("properties").put("code", b.district().value()).put("name",
                    names.getOrDefault(b.district().value(), b.district().value()));
            ObjectNode g = f.putObject("geometry");
            g.put("type", "MultiPolygon");
            ArrayNode polygons = g.putArray("coordinates");
            for (List<List<org.nhsblueprint.model.GeoPoint>> polygon : b.polygons()) {
                ArrayNode rings = polygons.addArray();
                for (List<org.nhsblueprint.model.GeoPoint> ring : polygon) {
                    ArrayNode points = rings.addArray();
                    ring.forEach(pt -> points.addArray().add(Math.round(pt.lon() * 1e5) / 1e5)
                            .add(Math.round(pt.lat() * 1e5) / 1e5));
                }
            }
        }
        try {
            return parts.json().writeValueAsBytes(fc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void access(Context ctx) {
        String code = ctx.pathParam("code");
        byte[] json = accessJson.get(code);
        if (json == null) {
            throw new ApiError(404, "code", "no area " + code + " in " + p.region().name());
        }
        ctx.contentType("application/json").result(json);
    }

    /**
     * The small areas nearest where a typed postcode district (or whole postcode) lies, nearest first, for the
     * resident to choose theirs from; the district is placed at the mean position of the dataset's sites in it.
     */
    private void postcodeDistrict(Context ctx) throws Exception {
        String typed = ctx.pathParam("district");
        String district = PostcodeDistricts.districtOf(typed).orElseThrow(() -> new ApiError(400, "district",
                "'" + typed + "' is not a postcode district (such as NW1 or SE15) or a postcode"));
        PostcodeDistricts.Place place = p.postcodes().find(district).orElseThrow(() -> new ApiError(404, "district",
                "no practice or hospital in " + p.region().name() + "'s data has a postcode in " + district
                        + ", so we cannot place it: choose your borough instead"));
        List<Area> nearest = p.region().areas().stream()
                .sorted(java.util.Comparator.comparingDouble((Area a) -> a.centroid().metresTo(place.centre()))
                        .thenComparing(a -> a.code().value()))
                .limit(NEAREST_AREAS).toList();
        ObjectNode n = p.json().createObjectNode();
        n.put("district", district);
        n.put("lat", place.centre().lat());
        n.put("lon", place.centre().lon());
        n.put("placed_from", place.points());
        n.put("note", district + " is placed at the mean position of the " + place.points() + " GP practice"
                + (place.points() == 1 ? "" : "s") + " and hospital sites with " + district + " postcodes, so the"
                + " nearest small areas are a guide: choose yours.");
        n.put("source", p.postcodes().source().map(s -> s.title() + " (" + s.publisher() + ")").orElse(""));
        ArrayNode areas = n.putArray("areas");
        for (Area a : nearest) {
            ObjectNode an = areas.addObject();
            an.put("code", a.code().value());
            an.put("name", a.name());
            an.put("district", a.district().value());
            an.put("district_name", districtNames.get(a.district().value()));
            an.put("km", Math.round(a.centroid().metresTo(place.centre()) / 100.0) / 10.0);
        }
        WebServer.json(ctx, p.json(), n);
    }

    private ObjectNode accessOf(Area area, Map<String, Site> sites) {
        String code = area.code().value();
        ObjectNode n = p.json().createObjectNode();
        ObjectNode an = n.putObject("area");
        an.put("code", code);
        an.put("name", area.name());
        an.put("district", area.district().value());
        an.put("district_name", p.region().district(area.district()).map(District::name).orElse(""));
        an.put("population", area.population());
        an.put("imd_decile", area.imdDecile());
        an.put("lat", area.centroid().lat());
        an.put("lon", area.centroid().lon());
        ArrayNode services = n.putArray("services");
        for (Service s : p.access().services()) {
            AreaAccess a = p.access().access(s.id(), code).orElse(null);
            ObjectNode sn = services.addObject();
            sn.put("service", s.id().value());
            sn.put("name", s.name());
            sn.put("mode", s.mode().name().toLowerCase(java.util.Locale.ROOT));
            sn.put("standard_minutes", s.standardMinutes());
            sn.put("travel_times", p.access().result(s.id()).travelTimesMethod());
            if (a == null || a.nearest() == null) {
                sn.putNull("nearest");
                continue;
            }
            site(sn.putObject("nearest"), sites.get(a.nearest().value()), a.nearest().value(), a.minutes());
            facts((ObjectNode) sn.get("nearest"), a.nearest().value(), s.id());
            if (a.nextNearest() != null) {
                site(sn.putObject("next_nearest"), sites.get(a.nextNearest().value()), a.nextNearest().value(),
                        a.nextMinutes());
                facts((ObjectNode) sn.get("next_nearest"), a.nextNearest().value(), s.id());
            }
            sn.put("within_standard", a.minutes() <= s.standardMinutes());
            sn.put("sites_within_standard", a.sitesWithin());
        }
        proposals(n.putArray("proposals"), code, sites);
        return n;
    }

    /** What each published proposal changes for the area: the services whose nearest site or journey changes. */
    private void proposals(ArrayNode out, String code, Map<String, Site> sites) {
        for (Proposal proposal : p.proposals()) {
            ObjectNode pn = out.addObject();
            pn.put("id", proposal.id());
            pn.put("name", proposal.name());
            pn.put("description", proposal.description());
            ArrayNode changes = pn.putArray("changes");
            for (Service s : p.access().services()) {
                AreaAccess before = p.access().access(s.id(), code).orElse(null);
                AreaAccess after = proposal.access().access(s.id(), code).orElse(null);
                if (before == null || after == null || before.nearest() == null || after.nearest() == null) {
                    continue;
                }
                double change = after.minutes() - before.minutes();
                if (before.nearest().equals(after.nearest()) && Math.abs(change) < 0.05) {
                    continue;
                }
                ObjectNode c = changes.addObject();
                c.put("service", s.id().value());
                c.put("name", s.name());
                site(c.putObject("nearest_before"), sites.get(before.nearest().value()), before.nearest().value(),
                        before.minutes());
                Site afterSite = sites.get(after.nearest().value());
                ObjectNode nearestAfter = c.putObject("nearest_after");
                site(nearestAfter, afterSite, after.nearest().value(), after.minutes());
                if (afterSite == null) {
                    nearestAfter.put("name", "a new site (" + after.nearest().value() + ")");
                }
                c.put("change_minutes", Math.round(change * 10) / 10.0);
                c.put("within_standard_after", after.minutes() <= s.standardMinutes());
            }
        }
    }

    /** The published figures the dataset holds about the site for this service, each with its source. */
    private void facts(ObjectNode siteNode, String code, ServiceId service) {
        ArrayNode out = siteNode.putArray("facts");
        for (SiteFact f : p.facts().of(new SiteCode(code), service)) {
            ObjectNode n = out.addObject();
            n.put("label", f.label());
            n.put("value", f.value());
            n.put("source", f.source().title());
            n.put("publisher", f.source().publisher());
        }
    }

    private static void site(ObjectNode n, Site site, String code, double minutes) {
        n.put("code", code);
        n.put("name", site == null ? code : site.name());
        n.put("minutes", Math.round(minutes * 10) / 10.0);
        if (site != null) {
            n.put("lat", site.location().lat());
            n.put("lon", site.location().lon());
        }
    }

    private Consultations.Consultation consultation(String id) {
        return p.consultations().find(id).orElseThrow(() -> new ApiError(404, "id", "no consultation " + id));
    }

    /**
     * A consultation response: validated field by field, stored once per idempotency key, and acknowledged (201, or
     * 200 for a repeat) only after the database has committed it.
     */
    private void respond(Context ctx) throws Exception {
        if (!p.limiter().allow(ctx.ip())) {
            ctx.header("Retry-After", "60");
            throw new ApiError(429, "", "too many responses from this address; try again in a minute");
        }
        Consultations.Consultation c = consultation(ctx.pathParam("id"));
        if (!c.open()) {
            throw new ApiError(409, "id", "consultation " + c.id() + " is closed");
        }
        String key = ctx.header("Idempotency-Key");
        if (key == null || !key.matches("[A-Za-z0-9._:-]{8,100}")) {
            throw new ApiError(400, "Idempotency-Key", "send an Idempotency-Key header of 8 to 100 letters, digits,"
                    + " '.', '_', ':' or '-', the same for a retried submission");
        }
        JsonNode body = WebServer.body(ctx, p.json());
        String text = WebServer.text(body, "text", MAX_TEXT);
        String type = WebServer.text(body, "respondent_type", 40);
        if (!type.isEmpty() && !RESPONDENT_TYPES.contains(type)) {
            throw new ApiError(400, "respondent_type", "respondent_type must be one of " + RESPONDENT_TYPES);
        }
        String area = WebServer.text(body, "area", 40);
        String age = WebServer.text(body, "age_band", 20);
        Map<String, String> answers = new LinkedHashMap<>();
        JsonNode given = body.path("answers");
        if (!given.isMissingNode() && !given.isNull() && !given.isObject()) {
            throw new ApiError(400, "answers", "answers must be an object of question id to answer");
        }
        for (Consultations.Question q : c.questions()) {
            JsonNode a = given.get(q.id());
            if (a != null && !a.isNull()) {
                if (!a.isTextual() || !q.answers().contains(a.asText())) {
                    throw new ApiError(400, "answers." + q.id(), "the answer to " + q.id() + " must be one of "
                            + q.answers());
                }
                answers.put(q.id(), a.asText());
            }
        }
        given.fieldNames().forEachRemaining(f -> {
            if (c.questions().stream().noneMatch(q -> q.id().equals(f))) {
                throw new ApiError(400, "answers." + f, "consultation " + c.id() + " has no question " + f);
            }
        });
        if (text.isBlank() && answers.isEmpty()) {
            throw new ApiError(400, "text", "a response needs some text or an answer to a question");
        }
        Consultations.Stored stored = p.consultations().submit(c.id(), key,
                new Consultations.NewResponse(text, type, area, age, answers));
        ObjectNode n = p.json().createObjectNode();
        n.put("id", stored.id());
        n.put("stored", stored.created() ? "now" : "earlier, with the same Idempotency-Key");
        ctx.status(stored.created() ? 201 : 200);
        WebServer.json(ctx, p.json(), n);
    }

    private ServiceId serviceId(String value) {
        for (Service s : p.access().services()) {
            if (s.id().value().equals(value)) {
                return s.id();
            }
        }
        throw new ApiError(400, "service", "no service " + value + " (" + p.access().services().stream()
                .map(s -> s.id().value()).toList() + ")");
    }
}
