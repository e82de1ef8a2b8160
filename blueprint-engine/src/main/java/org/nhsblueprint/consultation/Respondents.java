package org.nhsblueprint.consultation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nhsblueprint.model.Area;
import org.nhsblueprint.model.ConsultationResponse;
import org.nhsblueprint.model.District;
import org.nhsblueprint.model.RegionModel;

/**
 * Places respondents in the population's categories: borough and deprivation quintile from the area given (an LSOA
 * code gives both; a borough code or name gives the borough), and age as under 65 or 65 and over from an age band
 * ("65-74", "75+", "45") by its first number. The population's shares come from the same region model, so respondents
 * and residents are counted in the same categories. Immutable.
 */
public final class Respondents {
    public static final String AGE = "age";
    public static final String DEPRIVATION = "deprivation";
    public static final String BOROUGH = "borough";
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Map<String, Area> areas = new HashMap<>();
    private final Map<String, District> districts = new HashMap<>();
    private final Map<String, Map<String, Double>> population = new LinkedHashMap<>();

    public Respondents(RegionModel region) {
        Map<String, String> districtName = new HashMap<>();
        for (District d : region.districts()) {
            districts.put(d.code().value().toLowerCase(Locale.ROOT), d);
            districts.put(d.name().toLowerCase(Locale.ROOT), d);
            districtName.put(d.code().value(), d.name());
        }
        Map<String, Double> age = new TreeMap<>();
        Map<String, Double> deprivation = new TreeMap<>();
        Map<String, Double> borough = new TreeMap<>();
        double total = 0;
        for (Area a : region.areas()) {
            areas.put(a.code().value().toLowerCase(Locale.ROOT), a);
            age.merge("65 and over", (double) a.population65Plus(), Double::sum);
            age.merge("under 65", (double) a.population() - a.population65Plus(), Double::sum);
            deprivation.merge(quintile(a.imdDecile()), (double) a.population(), Double::sum);
            borough.merge(districtName.getOrDefault(a.district().value(), a.district().value()),
                    (double) a.population(), Double::sum);
            total += a.population();
        }
        for (Map<String, Double> m : List.of(age, deprivation, borough)) {
            double t = total;
            m.replaceAll((k, v) -> t > 0 ? v / t : 0);
        }
        population.put(AGE, age);
        population.put(DEPRIVATION, deprivation);
        population.put(BOROUGH, borough);
    }

    /** The population's share by category, for {@link #AGE}, {@link #DEPRIVATION} and {@link #BOROUGH}. */
    public Map<String, Map<String, Double>> population() {
        return population;
    }

    /** Each response's category on a dimension, blank where unknown. */
    public List<String> categories(String dimension, List<ConsultationResponse> responses) {
        List<String> out = new ArrayList<>(responses.size());
        for (ConsultationResponse r : responses) {
            out.add(switch (dimension) {
                case AGE -> age(r.ageBand());
                case DEPRIVATION -> {
                    Area a = areas.get(r.area().toLowerCase(Locale.ROOT));
                    yield a == null ? "" : quintile(a.imdDecile());
                }
                case BOROUGH -> borough(r.area());
                default -> throw new IllegalArgumentException("no dimension " + dimension);
            });
        }
        return out;
    }

    /** Whether an area value names something in the region (blank counts as not given, not unrecognised). */
    public boolean recognises(String area) {
        return area.isBlank() || !borough(area).isEmpty();
    }

    private String borough(String area) {
        String key = area.toLowerCase(Locale.ROOT);
        Area a = areas.get(key);
        if (a != null) {
            District d = districts.get(a.district().value().toLowerCase(Locale.ROOT));
            return d == null ? a.district().value() : d.name();
        }
        District d = districts.get(key);
        return d == null ? "" : d.name();
    }

    static String age(String band) {
        Matcher m = NUMBER.matcher(band);
        if (band.toLowerCase(Locale.ROOT).contains("under")) {
            return m.find() && Integer.parseInt(m.group()) > 65 ? "" : "under 65";
        }
        if (!m.find()) {
            return "";
        }
        return Integer.parseInt(m.group()) >= 65 ? "65 and over" : "under 65";
    }

    /** IMD quintile from decile: 1 most deprived. */
    static String quintile(int decile) {
        int q = (decile + 1) / 2;
        return q == 1 ? "1 (most deprived)" : q == 5 ? "5 (least deprived)" : String.valueOf(q);
    }
}
