package org.parallax.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {
    private static final String ENGLISH = "The council said on Tuesday that the bridge would close for six weeks"
            + " while engineers replace the steel beneath it, and that buses would be diverted along the coast"
            + " road. It was the first closure of the bridge since it was built, and traders have said they are"
            + " worried about the loss of their customers.";
    private static final String GERMAN = "Nach vier Jahren Bauzeit ist die neue Brücke am Samstag für den Verkehr"
            + " freigegeben worden. Die Brücke ersetzt einen Bau aus den sechziger Jahren, der wegen Rissen nur noch"
            + " eingeschränkt befahren werden durfte. Der Minister sprach von einem wichtigen Tag für die Region, und"
            + " die Kosten lagen nicht über der Planung, die auch von der Stadt mit getragen wird.";
    private static final String FRENCH = "Le conseil municipal a voté mardi soir le budget de la nouvelle"
            + " bibliothèque, qui sera construite dans le centre de la ville. Les travaux commenceront à"
            + " l'automne et dureront dix-huit mois, selon le maire, qui a salué un projet attendu par les familles"
            + " et par les élèves des écoles voisines.";

    @Test
    void tellsLatinScriptLanguagesByTheirFunctionWords() {
        assertThat(LanguageGuess.of(ENGLISH)).contains("en");
        assertThat(LanguageGuess.of(GERMAN)).contains("de");
        assertThat(LanguageGuess.of(FRENCH)).contains("fr");
        assertThat(LanguageGuess.of("Sao Paulo 2-1")).isEmpty();
        assertThat(LanguageGuess.of(null)).isEmpty();
    }

    @Test
    void tellsOtherScriptsByTheirLetters() {
        assertThat(LanguageGuess.of("Новый мост через реку открыт после четырёх лет строительства, сообщили власти города."))
                .contains("ru");
        assertThat(LanguageGuess.of("Новий міст через річку відкрито після чотирьох років будівництва, повідомила влада."))
                .contains("uk");
        assertThat(LanguageGuess.of("新しい橋が四年の工事を終えて土曜日に開通し、多くの人々が式典に集まりました。")).contains("ja");
        assertThat(LanguageGuess.of("新桥经过四年建设于星期六通车，数千人参加了开通仪式，市长发表了讲话。")).contains("zh");
        assertThat(LanguageGuess.of("Η νέα γέφυρα άνοιξε το Σάββατο μετά από τέσσερα χρόνια εργασιών στην πόλη.")).contains("el");
    }

    @Test
    void theDeclaredLanguageStandsUnlessTheTextClearlySaysOtherwise() {
        assertThat(LanguageGuess.settle("en-GB", ENGLISH)).isEqualTo("en-GB");
        assertThat(LanguageGuess.settle("en", GERMAN)).isEqualTo("de"); // a CMS's default
        assertThat(LanguageGuess.settle(null, FRENCH)).isEqualTo("fr");
        // Too little text to overrule a declaration.
        assertThat(LanguageGuess.settle("de", "The bridge is open again.")).isEqualTo("de");
        assertThat(LanguageGuess.settle(null, "")).isNull();
    }
}
