package org.nhsblueprint.report;

/**
 * HTML (and inline SVG) markup being built, with the one place text is escaped. Every string that comes from data
 * goes through {@link #text(String)} or {@link #escape(String)}; {@link #raw(String)} is for markup the report itself
 * writes. Mutable and not thread-safe: one per document.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    /**
     * Escapes text for use in element content and in double- or single-quoted attribute values: {@code & < > " '}
     * become character references. Null is written as the empty string.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A coordinate or length in SVG markup: one decimal place, whatever the locale ({@code 12.3}, {@code -4.0}). */
    static String number(double value) {
        return tenths(Math.round(value * 10));
    }

    /** A number given in tenths, written with one decimal place: {@code 123 -> "12.3"}, {@code -5 -> "-0.5"}. */
    static String tenths(long tenths) {
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return sign + abs / 10 + "." + abs % 10;
    }

    /** Appends markup written by the report itself, unescaped. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends text, escaped. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Appends {@code <tag>text</tag>} with the text escaped; {@code tag} may carry attributes written by the report. */
    Html element(String tag, String text) {
        int space = tag.indexOf(' ');
        String name = space < 0 ? tag : tag.substring(0, space);
        out.append('<').append(tag).append('>').append(escape(text)).append("</").append(name).append('>');
        return this;
    }

    /** Appends a horizontal bar filled to {@code fraction} of its width (clamped to [0, 1]; empty for NaN). */
    Html bar(double fraction) {
        double f = Double.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
        out.append("<span class=\"bar\"><span style=\"width:").append(number(100 * f)).append("%\"></span></span>");
        return this;
    }

    /**
     * Appends a bar that diverges from its centre line: {@code fraction} in [-1, 1] (clamped; nothing for NaN or 0)
     * of the half-width, to the left (class {@code below}) when negative, to the right ({@code above}) when positive.
     */
    Html divergingBar(double fraction) {
        double f = Double.isFinite(fraction) ? Math.max(-1, Math.min(1, fraction)) : 0;
        long widthTenths = Math.round(500 * Math.abs(f));
        out.append("<span class=\"dbar\">");
        if (widthTenths > 0) {
            out.append("<span class=\"").append(f < 0 ? "below" : "above").append("\" style=\"left:")
                    .append(tenths(f < 0 ? 500 - widthTenths : 500)).append("%;width:").append(tenths(widthTenths))
                    .append("%\"></span>");
        }
        out.append("</span>");
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
