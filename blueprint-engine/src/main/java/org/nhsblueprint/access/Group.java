package org.nhsblueprint.access;

import java.util.Objects;
import org.nhsblueprint.model.DistrictCode;

/** A group of areas that results are broken down by. Immutable values. */
public sealed interface Group permits Group.Decile, Group.InDistrict {

    /** A stable key for tables and JSON: the decile number or the district code. */
    String key();

    /** The group's name for display. */
    String name();

    /** The areas in one IMD 2019 decile (1 = most deprived 10% of England). */
    record Decile(int decile) implements Group {
        public Decile {
            if (decile < 1 || decile > 10) {
                throw new IllegalArgumentException("IMD decile " + decile + " is not 1-10");
            }
        }

        @Override
        public String key() {
            return Integer.toString(decile);
        }

        @Override
        public String name() {
            return "IMD decile " + decile;
        }
    }

    /** The areas in one district (a London borough). */
    record InDistrict(DistrictCode code, String name) implements Group {
        public InDistrict {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String key() {
            return code.value();
        }
    }
}
