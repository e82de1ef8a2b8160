package org.nhsblueprint.dataset;

import static org.nhsblueprint.dataset.SyntheticConsultation.AGE_BANDS;
import static org.nhsblueprint.dataset.SyntheticConsultation.ANSWER_VALUES;
import static org.nhsblueprint.dataset.SyntheticConsultation.BLANK_TYPE;
import static org.nhsblueprint.dataset.SyntheticConsultation.CLINICIAN;
import static org.nhsblueprint.dataset.SyntheticConsultation.COUNCILLOR;
import static org.nhsblueprint.dataset.SyntheticConsultation.HOME_SHARE;
import static org.nhsblueprint.dataset.SyntheticConsultation.INDIVIDUAL;
import static org.nhsblueprint.dataset.SyntheticConsultation.OLDER_RESPONSE;
import static org.nhsblueprint.dataset.SyntheticConsultation.OLDER_TILT;
import static org.nhsblueprint.dataset.SyntheticConsultation.OPPOSE;
import static org.nhsblueprint.dataset.SyntheticConsultation.Q1_OWN;
import static org.nhsblueprint.dataset.SyntheticConsultation.Q1_PUBLISHED;
import static org.nhsblueprint.dataset.SyntheticConsultation.Q2_OWN;
import static org.nhsblueprint.dataset.SyntheticConsultation.Q3_OWN;
import static org.nhsblueprint.dataset.SyntheticConsultation.SUPPORT;
import static org.nhsblueprint.dataset.SyntheticConsultation.TYPE_SHARES;
import static org.nhsblueprint.dataset.SyntheticConsultation.TYPE_VALUES;
import static org.nhsblueprint.dataset.SyntheticLetters.CAMPAIGNS;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.nhsblueprint.dataset.SyntheticConsultation.Summary;
import org.nhsblueprint.dataset.SyntheticLetters.Campaign;

/**
 * The row generator of the synthetic consultation generator ({@link SyntheticConsultation}): it calibrates the
 * respondent types and question 1 answers outside campaigns so that the expected overall shares are the published
 * ones, then draws each row (campaign or not, respondent type, area, age band, the three answers and the text)
 * and counts what it wrote for the summary.
 */
final class SyntheticGenerator extends SyntheticTexts {
    // ------------------------------------------------------------------------------------------------------------
    // generation

    private final double[] campaignCumulative;
    private final double[] ownTypes;
    private final double[] q1Individual;
    private final double tiltYoung;
    private final double tiltOld;
    private final int[] q1Counts = new int[3];
    private final int[] campaignCounts = new int[CAMPAIGNS.size()];
    private int blankText;

    SyntheticGenerator(SyntheticAreas areas, SplittableRandom rng) {
        super(areas, rng);
        campaignCumulative = new double[CAMPAIGNS.size()];
        double inCampaigns = 0;
        for (int c = 0; c < CAMPAIGNS.size(); c++) {
            inCampaigns += CAMPAIGNS.get(c).share();
            campaignCumulative[c] = inCampaigns;
        }
        double own = 1 - inCampaigns;
        // respondent types outside campaigns, so that the overall shares are TYPE_SHARES
        ownTypes = new double[TYPE_SHARES.length];
        for (int t = 0; t < TYPE_SHARES.length; t++) {
            double v = TYPE_SHARES[t];
            for (Campaign c : CAMPAIGNS) {
                v -= c.share() * c.types()[t];
            }
            ownTypes[t] = v / own;
            check(ownTypes[t] >= 0, "respondent type " + t);
        }
        // question 1 for individuals outside campaigns, so that the expected overall shares are Q1_PUBLISHED
        q1Individual = new double[3];
        double individuals = own * (ownTypes[INDIVIDUAL] + ownTypes[BLANK_TYPE]);
        for (int a = 0; a < 3; a++) {
            double v = Q1_PUBLISHED.get(a);
            for (Campaign c : CAMPAIGNS) {
                v -= c.share() * c.q1()[a];
            }
            for (int t = CLINICIAN; t <= COUNCILLOR; t++) {
                v -= own * ownTypes[t] * Q1_OWN[t][a];
            }
            q1Individual[a] = v / individuals;
            check(q1Individual[a] >= 0, "question 1 answer " + a);
        }
        // older individuals lean against; the young lean for, by as much in expectation
        double k = areas.older / areas.younger;
        double tilt = Math.min(OLDER_TILT, Math.min(q1Individual[SUPPORT], q1Individual[OPPOSE] / k));
        tiltOld = tilt;
        tiltYoung = tilt * k;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("the campaign mix cannot be calibrated (" + what + ")");
        }
    }

    Summary summary(Path file, int responses, long seed) {
        Map<String, Integer> q1 = new LinkedHashMap<>();
        for (int a = 0; a < 3; a++) {
            q1.put(ANSWER_VALUES[a], q1Counts[a]);
        }
        Map<String, Integer> sizes = new LinkedHashMap<>();
        Map<String, Integer> exact = new LinkedHashMap<>();
        for (int c = 0; c < CAMPAIGNS.size(); c++) {
            sizes.put(CAMPAIGNS.get(c).id(), campaignCounts[c]);
            exact.put(CAMPAIGNS.get(c).id(), exactCounts[c]);
        }
        return new Summary(file, responses, seed, q1, sizes, exact, withPersonal, blankText);
    }

    SyntheticResponse next() {
        double u = rng.nextDouble();
        int campaign = -1;
        for (int c = 0; c < campaignCumulative.length; c++) {
            if (u < campaignCumulative[c]) {
                campaign = c;
                break;
            }
        }
        Campaign c = campaign < 0 ? null : CAMPAIGNS.get(campaign);
        int type = pick(c == null ? ownTypes : c.types());
        int area = c != null && c.home() != null && areas.homeAreas.containsKey(c.home()) && chance(HOME_SHARE)
                ? home(c.home()) : cumulativePick(areas.general);
        borough = areas.districtName[area];
        int age = age(type, area, c == null ? OLDER_RESPONSE : c.older());
        int q1;
        if (c != null) {
            q1 = pick(c.q1());
        } else if (type == INDIVIDUAL || type == BLANK_TYPE) {
            double[] p = q1Individual.clone();
            if (age >= 4) {
                p[SUPPORT] -= tiltOld;
                p[OPPOSE] += tiltOld;
            } else if (age >= 0 && age <= 2) {
                p[SUPPORT] += tiltYoung;
                p[OPPOSE] -= tiltYoung;
            }
            q1 = pick(p);
        } else {
            q1 = pick(Q1_OWN[type]);
        }
        int q2 = pick(c == null ? Q2_OWN[type] : c.q2());
        int q3 = pick(c == null ? Q3_OWN[type] : c.q3());
        q1Counts[q1]++;
        row.type = TYPE_VALUES[type];
        row.lsoa = chance(0.05) ? "" : areas.code[area];
        row.age = age < 0 ? "" : AGE_BANDS.get(age);
        row.q1 = ANSWER_VALUES[q1];
        row.q2 = ANSWER_VALUES[q2];
        row.q3 = ANSWER_VALUES[q3];
        sb.setLength(0);
        if (c != null) {
            campaignCounts[campaign]++;
            copy(campaign, c, area);
        } else {
            compose(type, age, q1, q2, q3, area);
        }
        row.text = sb.toString();
        if (row.text.isEmpty()) {
            blankText++;
        }
        return row;
    }
}
