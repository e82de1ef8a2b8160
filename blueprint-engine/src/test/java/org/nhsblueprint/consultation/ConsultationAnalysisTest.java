package org.nhsblueprint.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.Codebook;
import org.nhsblueprint.model.ConsultationResponse;
import org.nhsblueprint.model.District;
import org.nhsblueprint.model.DistrictCode;
import org.nhsblueprint.model.GeoPoint;
import org.nhsblueprint.model.LsoaCode;
import org.nhsblueprint.model.RegionModel;
import org.nhsblueprint.model.Service;
import org.nhsblueprint.model.ServiceCatalogue;
import org.nhsblueprint.model.ServiceId;
import org.nhsblueprint.model.TravelMode;

/** The whole reading of a small consultation whose answers are known. */
class ConsultationAnalysisTest {
    private static final DistrictCode NORTH = new DistrictCode("E09000001");
    private static final DistrictCode SOUTH = new DistrictCode("E09000002");
    private static final String LETTER = "I oppose the closure of our surgery. The polyclinic would mean two buses"
            + " and a long wait, and private companies would run it for profit. Please keep our local practice open.";
    private static final ServiceId GP = new ServiceId("gp");

    static RegionModel region() {
        List<Area> areas = List.of(
                new Area(new LsoaCode("E01000001"), null, NORTH, new GeoPoint(51.5, -0.1), 1000, 100, 1),
                new Area(new LsoaCode("E01000002"), null, NORTH, new GeoPoint(51.5, -0.1), 1000, 300, 10),
                new Area(new LsoaCode("E01000003"), null, SOUTH, new GeoPoint(51.4, -0.1), 2000, 100, 5));
        return new RegionModel("Test", "", areas, List.of(new District(NORTH, "Northam"),
                new District(SOUTH, "Southam")), List.of(), ServiceCatalogue.of(List.of(
                new Service(GP, "GP", TravelMode.WALK, 20, "test"))), List.of(), List.of(), "", List.of());
    }

    private static List<ConsultationResponse> responses() {
        List<ConsultationResponse> out = new ArrayList<>();
        String[] names = {"Jane Smith", "John Brown", "Ann Patel", "Tom Jones", "Mary Wong"};
        for (int i = 0; i < 5; i++) {
            out.add(new ConsultationResponse("C" + i, "Dear NHS London, " + LETTER + " Yours sincerely, " + names[i]
                    + " (" + names[i].toLowerCase().replace(' ', '.') + "@example.org)", "individual",
                    "E01000002", "65-74", Map.of("q1", "oppose"), i + 2));
        }
        out.add(new ConsultationResponse("I1", "Evening opening would help me as I work shifts. Call me on"
                + " 020 7946 0123.", "individual", "E01000001", "25-44", Map.of("q1", "support"), 7));
        out.add(new ConsultationResponse("I2", "Longer opening hours at weekends are welcome.", "clinician", "Southam",
                "45-64", Map.of("q1", "support"), 8));
        out.add(new ConsultationResponse("I3", "Not sure yet.", "", "Nowhere", "", Map.of("q1", ""), 9));
        return out;
    }

    private static final Codebook BOOK = new Codebook("test", List.of(
            new Codebook.Theme("extra travel", "", List.of("two buses"), List.of(), "GP journeys are shown",
                    Optional.of(GP)),
            new Codebook.Theme("privatisation", "", List.of("private companies"), List.of(), "", Optional.empty()),
            new Codebook.Theme("extended hours", "", List.of("evening", "opening hours"), List.of(), "",
                    Optional.empty())));

    private static ConsultationAnalysis.Result run(boolean reweight) {
        return ConsultationAnalysis.run(responses(), Optional.of(BOOK), new Respondents(region()),
                new ConsultationAnalysis.Options(0.5, 2, 1, reweight, 0.95, Map.of(GP, "GP evidence sentence")));
    }

    @Test
    void aCampaignIsFoundAndCountedBothWays() {
        ConsultationAnalysis.Result r = run(false);
        assertEquals(8, r.responses());
        assertEquals(1, r.campaigns().size());
        assertEquals(5, r.campaigns().get(0).size());
        assertEquals(List.of("C0", "C1", "C2", "C3", "C4"), r.campaigns().get(0).responseIds());
        assertEquals(5, r.responsesInCampaigns());
        assertEquals(8 - 5 + 1, r.countedOnce());
        assertEquals(0, r.exactDuplicateGroups(), "the signatures differ");
        ConsultationAnalysis.QuestionResult q = r.questions().get(0);
        assertEquals(5, share(q.overall(), "oppose").count());
        assertEquals(8, share(q.overall(), "oppose").total());
        assertEquals(1, share(q.campaignsOnce(), "oppose").count());
        assertEquals(4, share(q.campaignsOnce(), "oppose").total());
        assertEquals(1, share(q.overall(), "no answer").count(), "blank answers are kept in the totals");
    }

    @Test
    void groupsComeFromTheAreaAndAgeGiven() {
        ConsultationAnalysis.QuestionResult q = run(false).questions().get(0);
        List<Support.Share> borough = q.byGroup().get(Respondents.BOROUGH);
        assertEquals(6, borough.stream().filter(s -> s.group().equals("Northam")).mapToInt(Support.Share::count).sum());
        assertEquals(1, borough.stream().filter(s -> s.group().equals("Southam")).mapToInt(Support.Share::count).sum());
        assertEquals(1, borough.stream().filter(s -> s.group().equals("unknown")).mapToInt(Support.Share::count).sum());
        List<Support.Share> deprivation = q.byGroup().get("deprivation quintile");
        assertEquals(5, deprivation.stream().filter(s -> s.group().equals("5 (least deprived)"))
                .mapToInt(Support.Share::count).sum());
        List<Support.Share> age = q.byGroup().get(Respondents.AGE);
        assertEquals(5, age.stream().filter(s -> s.group().equals("65 and over")).mapToInt(Support.Share::count).sum());
        assertEquals(1, run(false).notes().size(), "one area is not recognised: " + run(false).notes());
    }

    @Test
    void themesAreCountedWithQuotesAndEvidence() {
        ConsultationAnalysis.Result r = run(false);
        ConsultationAnalysis.ThemeResult travel = r.themes().get(0);
        assertEquals(5, travel.count());
        assertEquals(1, travel.countedOnce());
        assertEquals("GP evidence sentence", travel.evidence());
        assertEquals(List.of("The polyclinic would mean two buses and a long wait, and private companies would run it"
                + " for profit."), travel.quotes());
        assertEquals(2, r.themes().get(2).count());
        assertEquals(1, r.responsesWithNoTheme());
    }

    @Test
    void noPersonalDataReachesTheResult() {
        ConsultationAnalysis.Result r = run(true);
        String everything = r.toString();
        for (String personal : List.of("Jane Smith", "John Brown", "Mary Wong", "jane.smith@example.org",
                "020 7946 0123", "7946")) {
            assertFalse(everything.contains(personal), personal + " reached the result");
        }
        assertEquals(6, r.responsesWithPersonalData());
        assertEquals(5, r.redactions().get(PersonalData.Kind.EMAIL));
        assertTrue(r.campaigns().get(0).template().contains("[name]"));
    }

    @Test
    void theReweightedEstimateIsLabelledAndTheSameInputsGiveTheSameResult() {
        ConsultationAnalysis.Result a = run(true);
        ConsultationAnalysis.Result b = run(true);
        assertEquals(a.questions(), b.questions());
        assertEquals(a.campaigns(), b.campaigns());
        assertEquals(a.discovered(), b.discovered());
        assertEquals(a.themes(), b.themes());
        assertTrue(a.questions().get(0).reweighted().stream().allMatch(s -> s.group().equals("reweighted estimate")));
        assertTrue(a.weights().isPresent());
        assertEquals(6, a.weights().get().used(), "two respondents lack an area or an age");
    }

    private static Support.Share share(List<Support.Share> shares, String answer) {
        return shares.stream().filter(s -> s.answer().equals(answer)).findFirst().orElseThrow();
    }
}
