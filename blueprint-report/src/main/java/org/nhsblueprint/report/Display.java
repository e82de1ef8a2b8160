package org.nhsblueprint.report;

import java.util.Locale;
import org.nhsblueprint.model.TravelMode;

/**
 * How figures are written for readers of the HTML report, in British English whatever the machine's locale: counts
 * with thousands separators ({@code 8,796,628}), minutes to one decimal place, shares as percentages to one decimal
 * place. A figure that does not apply (NaN) is written as an en dash. Stateless, so thread-safe. Public so that the
 * command line's tables write figures exactly as the report does.
 */
public final class Display {
    /** Written in place of a figure that does not apply. */
    public static final String NOT_APPLICABLE = "\u2013";

    private Display() {
    }

    public static String count(long people) {
        return String.format(Locale.ROOT, "%,d", people);
    }

    public static String minutes(double minutes) {
        return oneDecimal(minutes);
    }

    /** A quantity to one decimal place with thousands separators, e.g. {@code 1234.56 -> "1,234.6"}. */
    public static String oneDecimal(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%,.1f", value) : NOT_APPLICABLE;
    }

    /**
     * A share in [0, 1] as a percentage, e.g. {@code 0.9523 -> "95.2%"}. A share that is not quite all or not quite
     * none never reads as all or none: {@code 0.99995 -> ">99.9%"}, {@code 0.00004 -> "<0.1%"}.
     */
    public static String percent(double share) {
        if (!Double.isFinite(share)) {
            return NOT_APPLICABLE;
        }
        String text = String.format(Locale.ROOT, "%.1f%%", 100 * share);
        if (share < 1 && text.equals("100.0%")) {
            return ">99.9%";
        }
        if (share > 0 && text.equals("0.0%")) {
            return "<0.1%";
        }
        return text;
    }

    /**
     * A difference between two shares in percentage points to one decimal place, signed, with a true minus sign:
     * {@code 0.011 -> "+1.1"}, {@code -0.027 -> "\u22122.7"}; a difference that rounds to nothing is {@code "0.0"}.
     */
    public static String points(double shareDifference) {
        if (!Double.isFinite(shareDifference)) {
            return NOT_APPLICABLE;
        }
        String text = String.format(Locale.ROOT, "%.1f", Math.abs(100 * shareDifference));
        if (text.equals("0.0")) {
            return text;
        }
        return (shareDifference < 0 ? "\u2212" : "+") + text;
    }

    /** A number as a person would write it: whole numbers without decimals ({@code 20}), others with ({@code 7.5}). */
    public static String plain(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A travel mode as a reader would say it, e.g. {@code public_transport -> "Public transport"}. */
    public static String mode(TravelMode mode) {
        return switch (mode) {
            case WALK -> "Walking";
            case CYCLE -> "Cycling";
            case PUBLIC_TRANSPORT -> "Public transport";
            case CAR -> "Car";
            case AMBULANCE -> "Ambulance";
        };
    }
}
