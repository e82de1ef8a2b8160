package org.nhsblueprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapeTurnsMarkupAndAmpersandsIntoText() {
        assertEquals("Hackney &amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
                Html.escape("Hackney & <script>alert('x')</script>"));
        assertEquals("&quot;St Mary&#39;s&quot; &amp;amp;", Html.escape("\"St Mary's\" &amp;"));
    }

    @Test
    void escapeLeavesOrdinaryTextAloneAndWritesNullAsNothing() {
        assertEquals("Barking and Dagenham \u2013 Chadwell Heath", Html.escape("Barking and Dagenham \u2013 Chadwell Heath"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void elementEscapesItsTextButNotItsTag() {
        assertEquals("<p class=\"note\">a &lt; b</p>", new Html().element("p class=\"note\"", "a < b").toString());
    }

    @Test
    void numbersInMarkupHaveOneDecimalPlaceAndNoLocale() {
        assertEquals("12.3", Html.number(12.34));
        assertEquals("12.4", Html.number(12.36));
        assertEquals("0.0", Html.number(-0.04));
        assertEquals("-3.5", Html.number(-3.5));
        assertEquals("1234.0", Html.number(1234));
    }

    @Test
    void barsAreClampedToTheirWidth() {
        assertEquals("<span class=\"bar\"><span style=\"width:100.0%\"></span></span>", new Html().bar(1.7).toString());
        assertEquals("<span class=\"bar\"><span style=\"width:0.0%\"></span></span>", new Html().bar(Double.NaN).toString());
    }

    @Test
    void divergingBarsGrowLeftWhenNegativeAndRightWhenPositiveFromTheCentreClampedToTheHalfWidth() {
        assertEquals("<span class=\"dbar\"><span class=\"below\" style=\"left:40.0%;width:10.0%\"></span></span>",
                new Html().divergingBar(-0.2).toString());
        assertEquals("<span class=\"dbar\"><span class=\"above\" style=\"left:50.0%;width:50.0%\"></span></span>",
                new Html().divergingBar(3).toString());
        assertEquals("<span class=\"dbar\"><span class=\"below\" style=\"left:0.0%;width:50.0%\"></span></span>",
                new Html().divergingBar(-3).toString());
        assertEquals("<span class=\"dbar\"></span>", new Html().divergingBar(0).toString());
        assertEquals("<span class=\"dbar\"></span>", new Html().divergingBar(Double.NaN).toString());
    }
}
