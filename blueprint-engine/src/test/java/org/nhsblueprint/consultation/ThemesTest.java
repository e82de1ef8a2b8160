package org.nhsblueprint.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.model.Codebook;

/** Codebook coding on stemmed words, "unless" rules and quotes. */
class ThemesTest {
    private static final Codebook BOOK = new Codebook("test", List.of(
            new Codebook.Theme("extra travel", "", List.of("travel further", "two buses"), List.of(), "", Optional.empty()),
            new Codebook.Theme("privatisation", "", List.of("private companies"), List.of("not about private"), "",
                    Optional.empty()),
            new Codebook.Theme("extended hours", "", List.of("evening"), List.of(), "", Optional.empty())));

    @Test
    void phrasesMatchOnStemsAsRunsOfWords() {
        Themes themes = new Themes(BOOK);
        assertTrue(themes.code("My mother would be travelling further to see a doctor.").get(0), "travelling ~ travel");
        assertTrue(themes.code("It takes TWO BUSES to get there").get(0), "case folds");
        assertFalse(themes.code("Further travel is fine").get(0), "the words must come in the phrase's order");
        assertTrue(themes.code("Open in the evenings please").get(2), "plural stems to singular");
        assertEquals(0, themes.code("Nothing relevant here.").cardinality());
    }

    @Test
    void anUnlessPhraseSuppressesTheTheme() {
        Themes themes = new Themes(BOOK);
        assertTrue(themes.code("Private companies will profit.").get(1));
        assertFalse(themes.code("This is not about private companies at all.").get(1));
    }

    @Test
    void theQuoteIsTheSentenceTheThemeWasFoundIn() {
        Themes themes = new Themes(BOOK);
        String text = "I like my GP. But I would have to travel further! And parking is bad.";
        assertEquals("But I would have to travel further!", themes.quote(text, 0));
        assertEquals("", themes.quote(text, 2));
    }
}
