package org.nhsblueprint.dataset;

import static org.nhsblueprint.dataset.SyntheticConsultation.BROMLEY;
import static org.nhsblueprint.dataset.SyntheticConsultation.CAMDEN;
import static org.nhsblueprint.dataset.SyntheticConsultation.CAMPAIGN_BOROUGH_WEIGHT;
import static org.nhsblueprint.dataset.SyntheticConsultation.HACKNEY;
import static org.nhsblueprint.dataset.SyntheticConsultation.OLDER_RESPONSE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small-area table as arrays, with the cumulative weights respondents are drawn by. Part of the synthetic
 * consultation generator ({@link SyntheticConsultation}): it reads the dataset's small-area table, weights each
 * area by population, deprivation and whether a campaign ran in its borough, and holds the response-rate factors
 * by deprivation and age that the generator is calibrated with.
 */
final class SyntheticAreas {
    // ------------------------------------------------------------------------------------------------------------
    // areas

    final String[] code;
    final String[] district;
    final String[] districtName;
    final double[] share65;
    /** Cumulative weights of all areas (campaign boroughs weighted up). */
    final double[] general;
    /** Cumulative weights of the areas of each campaign borough, by district code, and their area indexes. */
    final Map<String, int[]> homeAreas = new LinkedHashMap<>();
    final Map<String, double[]> homeWeights = new LinkedHashMap<>();
    /** Expected share aged 65+ among non-campaign individuals, and aged under 45 (for the centred age tilt). */
    final double older;
    final double younger;

    private SyntheticAreas(List<String> code, List<String> district, List<String> name, List<Integer> pop,
                           List<Integer> pop65, List<Integer> decile) {
        int n = code.size();
        this.code = code.toArray(String[]::new);
        this.district = district.toArray(String[]::new);
        this.districtName = name.toArray(String[]::new);
        this.share65 = new double[n];
        double[] base = new double[n];
        this.general = new double[n];
        double total = 0;
        double olderSum = 0;
        for (int i = 0; i < n; i++) {
            share65[i] = pop.get(i) == 0 ? 0 : (double) pop65.get(i) / pop.get(i);
            base[i] = pop.get(i) * deprivationFactor(decile.get(i));
            double w = base[i] * (isCampaignBorough(this.district[i]) ? CAMPAIGN_BOROUGH_WEIGHT : 1);
            total += w;
            olderSum += w * olderChance(share65[i], OLDER_RESPONSE);
            general[i] = total;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the small-area table has no population");
        }
        double p65 = olderSum / total;
        this.older = (1 - AGE_BLANK) * p65;
        this.younger = (1 - AGE_BLANK) * (1 - p65) * (YOUNG_AGES[0] + YOUNG_AGES[1] + YOUNG_AGES[2]);
        for (String home : List.of(HACKNEY, CAMDEN, BROMLEY)) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (this.district[i].equals(home)) {
                    idx.add(i);
                }
            }
            if (!idx.isEmpty()) {
                int[] ia = idx.stream().mapToInt(Integer::intValue).toArray();
                double[] cw = new double[ia.length];
                double t = 0;
                for (int k = 0; k < ia.length; k++) {
                    t += base[ia[k]];
                    cw[k] = t;
                }
                if (t > 0) {
                    homeAreas.put(home, ia);
                    homeWeights.put(home, cw);
                }
            }
        }
    }

    static boolean isCampaignBorough(String district) {
        return district.equals(HACKNEY) || district.equals(CAMDEN) || district.equals(BROMLEY);
    }

    static SyntheticAreas read(Path file) {
        String name = file.toString();
        Problems problems = new Problems();
        CsvTable table = CsvTable.read(file, name, problems);
        List<String> code = new ArrayList<>();
        List<String> district = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> pop = new ArrayList<>();
        List<Integer> pop65 = new ArrayList<>();
        List<Integer> decile = new ArrayList<>();
        if (table != null && table.requireColumns(problems, List.of("lsoa21cd", "lad22cd", "pop_2021",
                "pop_65plus_2021", "imd2019_decile")) && table.requireRows(problems)) {
            boolean named = table.has("lad22nm");
            for (CsvTable.Row r : table.rows()) {
                Integer p = integer(r, "pop_2021", 0, Integer.MAX_VALUE, name, problems);
                Integer p65 = integer(r, "pop_65plus_2021", 0, Integer.MAX_VALUE, name, problems);
                Integer d = integer(r, "imd2019_decile", 1, 10, name, problems);
                if (r.get("lsoa21cd").isEmpty()) {
                    problems.add(name, r.line(), "lsoa21cd", "", "is blank");
                } else if (p != null && p65 != null && d != null) {
                    code.add(r.get("lsoa21cd"));
                    district.add(r.get("lad22cd"));
                    names.add(named ? r.get("lad22nm") : "");
                    pop.add(p);
                    pop65.add(Math.min(p65, p));
                    decile.add(d);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DatasetException("small-area table", name, problems.all());
        }
        return new SyntheticAreas(code, district, names, pop, pop65, decile);
    }

    private static Integer integer(CsvTable.Row r, String column, int min, int max, String file,
                                   Problems problems) {
        String v = r.get(column);
        try {
            int x = Integer.parseInt(v);
            if (x >= min && x <= max) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(file, r.line(), column, v, "is not a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max));
        return null;
    }

    /** How much more likely people are to respond by the IMD 2019 decile of their area (1 = most deprived). */
    static double deprivationFactor(int decile) {
        return 0.4 + 0.12 * decile;
    }

    static double olderChance(double share65, double factor) {
        return Math.max(0.03, Math.min(0.85, factor * share65));
    }

    static final double AGE_BLANK = 0.04;
    /** Age bands below 65 for individuals: under 18, 18-24, 25-44, 45-64. */
    static final double[] YOUNG_AGES = {0.03, 0.07, 0.38, 0.52};
}
