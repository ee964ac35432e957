package org.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parallax.core.text.Span;

class FactFilterTest {

    private final FactFilter filter = new FactFilter();

    private Optional<String> candidate(String sentence) {
        return candidate(sentence, "Center Wire");
    }

    private Optional<String> candidate(String sentence, String outlet) {
        String text = "Intro paragraph here.\n\n" + sentence + "\n\nOutro.";
        int start = text.indexOf(sentence);
        return filter.candidate(text, new Span(start, start + sentence.length()), outlet).map(s -> s.of(text));
    }

    @Test
    void keepsPlainReporting() {
        String s = "The city council approved the new budget on Monday by a vote of seven to two.";
        assertThat(candidate(s)).contains(s);
    }

    @Test
    void keepsQuotesWithFirstPersonInsideThem() {
        String s = "\"We will rebuild this bridge within two years,\" Governor Dana Holt told reporters on Tuesday.";
        assertThat(candidate(s)).contains(s);
        String curly = "“Our crews worked through the night,” the fire chief said at a briefing on Wednesday morning.";
        assertThat(candidate(curly)).contains(curly);
    }

    @Test
    void rejectsFirstPersonOutsideQuotes() {
        assertThat(candidate("We reached out to the shipping company for comment but did not hear back.")).isEmpty();
        assertThat(candidate("In my view the council made the right call on the budget this week.")).isEmpty();
        assertThat(candidate("Our reporters counted more than forty trucks at the border crossing.")).isEmpty();
    }

    @Test
    void usIsNotFirstPersonWhenItIsTheCountry() {
        String s = "The US and Canada signed the fisheries agreement in Ottawa on Friday afternoon.";
        assertThat(candidate(s)).contains(s);
    }

    @Test
    void rejectsQuestionsExclamationsAndQuotedQuestions() {
        assertThat(candidate("What happens to the shipping channel now that the bridge has fallen?")).isEmpty();
        assertThat(candidate("This is the worst bridge disaster the state has ever seen in its history!")).isEmpty();
        assertThat(candidate("\"Why did nobody inspect it?\" asked one of the residents at the town hall meeting.")).isEmpty();
    }

    @Test
    void rejectsShortLongAndUnterminatedSentences() {
        assertThat(candidate("The bridge fell.")).isEmpty();
        assertThat(candidate("Harbor bridge collapse leaves six workers missing and port closed")).isEmpty();
        assertThat(candidate("The council met. ".repeat(1) + "word ".repeat(90) + "end.")).isEmpty();
    }

    @Test
    void rejectsTruncatedExcerpts() {
        assertThat(candidate("The governor said federal money would be requested to rebuild the span, which was...")).isEmpty();
        assertThat(candidate("The governor said federal money would be requested to rebuild the span, which\u2026")).isEmpty();
        assertThat(candidate("The governor said federal money would be requested to rebuild it and people just .")).isEmpty();
    }

    @Test
    void rejectsBoilerplate() {
        assertThat(candidate("Click here to sign up for our morning newsletter and get the news first.")).isEmpty();
        assertThat(candidate("Photo: Harbor police boats near the wreck of the bridge on Tuesday morning.")).isEmpty();
        assertThat(candidate("Read more about the collapse and the rescue effort on our special page today.")).isEmpty();
        assertThat(candidate("Copyright 2024 Center Wire. All rights reserved. This material may not be published.")).isEmpty();
        assertThat(candidate("Follow the latest updates on the collapse at https://example.org/live coverage now.")).isEmpty();
    }

    @Test
    void rejectsBylinesAndBareDatelines() {
        assertThat(FactFilter.isByline("By Jane Roe and John Doe, Center Wire")).isTrue();
        assertThat(FactFilter.isByline("By the end of the week the bridge was closed.")).isFalse();
        assertThat(FactFilter.isDatelineOnly("WASHINGTON (AP) \u2014")).isTrue();
        assertThat(FactFilter.isDatelineOnly("PORT ELWIN")).isTrue();
    }

    @Test
    void trimsDatelines() {
        assertThat(candidate("WASHINGTON (AP) \u2014 The Senate passed the spending bill late on Tuesday by a wide margin."))
                .contains("The Senate passed the spending bill late on Tuesday by a wide margin.");
        assertThat(candidate("LONDON, Oct. 5 (Reuters) - British lawmakers voted to delay the bill until next spring."))
                .contains("British lawmakers voted to delay the bill until next spring.");
        assertThat(candidate("Washington (CNN)Democrats in the House unveiled a new plan for child care on Monday."))
                .contains("Democrats in the House unveiled a new plan for child care on Monday.");
    }

    @Test
    void trimsConnectivesOnlyBeforeACapital() {
        assertThat(candidate("However, Governor Dana Holt promised that the state would rebuild the bridge within two years."))
                .contains("Governor Dana Holt promised that the state would rebuild the bridge within two years.");
        assertThat(candidate("But Governor Dana Holt promised that the state would rebuild the bridge within two years."))
                .contains("Governor Dana Holt promised that the state would rebuild the bridge within two years.");
        assertThat(candidate("But the governor said the state would rebuild the bridge as quickly as possible.")).isEmpty();
        assertThat(candidate("Also, the port will stay closed to all vessels until the wreckage is cleared.")).isEmpty();
        String notAConnective = "Butler County deputies closed the road to traffic in both directions on Tuesday.";
        assertThat(candidate(notAConnective)).contains(notAConnective);
    }

    @Test
    void trimsAttributionToANewsOrganisationOnly() {
        assertThat(candidate("According to Reuters, Port Elwin officials closed the harbor to all traffic on Tuesday."))
                .contains("Port Elwin officials closed the harbor to all traffic on Tuesday.");
        assertThat(candidate("According to Center Wire, Port Elwin officials closed the harbor to all traffic on Tuesday."))
                .contains("Port Elwin officials closed the harbor to all traffic on Tuesday.");
        String police = "According to police, Port Elwin officials closed the harbor to all traffic on Tuesday.";
        assertThat(candidate(police)).contains(police);
    }

    @Test
    void rejectsFragmentsOfLongerQuotesAndBareQuotations() {
        assertThat(candidate("We will rebuild it, and we will do it fast,\" the governor said at the harbor.")).isEmpty();
        assertThat(candidate("\u201CTalk like a moderate and govern like a partisan, every single day.\u201D")).isEmpty();
    }

    @Test
    void recognisesBackReferences() {
        assertThat(FactFilter.startsWithBackReference("They will also lose seats in the House.")).isTrue();
        assertThat(FactFilter.startsWithBackReference("Theresa May resigned.")).isFalse();
        assertThat(FactFilter.startsWithBackReference("The news network had reported the claim a day earlier.")).isTrue();
        assertThat(FactFilter.startsWithBackReference("The move comes after weeks of talks.")).isTrue();
        assertThat(FactFilter.startsWithBackReference("The Senate passed the bill on Tuesday.")).isFalse();
        assertThat(FactFilter.startsWithBackReference("The twoday summit opened in Geneva.")).isFalse();
    }

    @Test
    void trimsSectionLabelsAndKeepsWhatFollows() {
        assertThat(candidate("Why it matters: The toll bridge carries a third of the region's freight traffic each day."))
                .contains("The toll bridge carries a third of the region's freight traffic each day.");
        assertThat(candidate("Driving the news: Port Elwin's council voted 7-2 to close the harbor road until March."))
                .contains("Port Elwin's council voted 7-2 to close the harbor road until March.");
        assertThat(candidate("By the numbers: 30,000 vehicles crossed the Harbor bridge on an average weekday last year."))
                .contains("30,000 vehicles crossed the Harbor bridge on an average weekday last year.");
        assertThat(candidate("The state of play: Divers from three counties resumed the search at first light on Wednesday."))
                .contains("Divers from three counties resumed the search at first light on Wednesday.");
    }

    @Test
    void rejectsFurnitureLabelsAndLabelsBeforeFragments() {
        assertThat(candidate("Update: The harbor road reopened to traffic on Thursday after the inspection.")).isEmpty();
        assertThat(candidate("Photo: Divers search the river below the fallen spans of the Harbor bridge.")).isEmpty();
        assertThat(candidate("Watch: Drone footage shows the fallen spans of the bridge in the Elwin river.")).isEmpty();
        assertThat(candidate("Go deeper: how the harbor authority inspects its bridges and what it found last year."))
                .isEmpty();
    }

    @Test
    void rejectsNewsletterPromptsLinksAndCredits() {
        assertThat(candidate("Sign up for our morning newsletter to get the harbor news in your inbox every day."))
                .isEmpty();
        assertThat(candidate("Read more about the Harbor bridge collapse and the search for the missing workers."))
                .isEmpty();
        assertThat(candidate("Click here for the latest updates on the bridge collapse in Port Elwin today."))
                .isEmpty();
        assertThat(candidate("Divers search the river near the fallen spans on Tuesday (Photo credit: Port Elwin Police).")).isEmpty();
    }

    @Test
    void rejectsOpeningsThatLeanOnAnEarlierSentence() {
        assertThat(candidate("He said the crew had sent a mayday call minutes before the ship hit the bridge.")).isEmpty();
        assertThat(candidate("She told reporters that six road workers were on the bridge at the time.")).isEmpty();
        assertThat(candidate("They were filling potholes on the bridge when the ship struck a support pillar.")).isEmpty();
        assertThat(candidate("It was the third collision involving a cargo ship in the harbor since 2019.")).isEmpty();
        assertThat(candidate("This comes after the harbor authority cut its inspection budget by a fifth last year."))
                .isEmpty();
        assertThat(candidate("That's twice the number of ships that crossed the channel a decade ago, officials said."))
                .isEmpty();
    }

    @Test
    void trimsALeadingConnectiveSoNoFactOpensOnOne() {
        assertThat(candidate("But Governor Dana Holt said the state would rebuild the bridge as quickly as possible."))
                .contains("Governor Dana Holt said the state would rebuild the bridge as quickly as possible.");
        assertThat(candidate("But the governor said the state would rebuild the bridge as quickly as possible."))
                .isEmpty();
    }

    @Test
    void rejectsFragmentsThatStartLowerCaseOrSayTooLittle() {
        assertThat(candidate("and the council said that the bridge would be closed to traffic until further notice."))
                .isEmpty();
        assertThat(candidate("(Another 31 workers were on the other bank of the river at the time of the crash.)"))
                .isEmpty();
        // Eight words, but only three that are not stopwords.
        assertThat(candidate("There were many of them in there at the time it was over.")).isEmpty();
    }

    @Test
    void keepsQuotationsOnlyWithTheirSpeakerNamed() {
        assertThat(candidate("\"The bridge had been inspected in March and passed every test,\" he said.")).isEmpty();
        assertThat(candidate("\u201CThe bridge had been inspected in March and passed every test,\u201D she told reporters."))
                .isEmpty();
        String named = "\"The bridge had been inspected in March and passed every test,\" harbor chief Ana Ruiz said.";
        assertThat(candidate(named)).contains(named);
        String role = "\u201CThe bridge had been inspected in March,\u201D the harbor authority said in a statement.";
        assertThat(candidate(role)).contains(role);
    }

    @Test
    void countsContentWordsWithoutStopwords() {
        assertThat(FactFilter.contentWords("The ship hit the bridge on Tuesday.")).isEqualTo(4);
        assertThat(FactFilter.hasUnnamedSpeaker("Six workers are missing, officials said.")).isFalse();
    }

    @Test
    void rejectsASentenceInsideAQuotationOpenedEarlierInItsParagraph() {
        String middle = "The only people spared are the ones with armed guards standing around them all day.";
        String text = "Intro paragraph here.\n\n\"Crime is everywhere in this city now. " + middle
                + " Nobody else is safe,\" the mayor said.\n\nOutro.";
        int start = text.indexOf(middle);
        assertThat(filter.candidate(text, new Span(start, start + middle.length()), "Center Wire")).isEmpty();

        String curly = "Intro.\n\n\u201CCrime is everywhere. " + middle + "\u201D\n\nOutro.";
        int at = curly.indexOf(middle);
        assertThat(filter.candidate(curly, new Span(at, at + middle.length()), "Center Wire")).isEmpty();
    }

    @Test
    void keepsASentenceAfterAQuotationClosedOrLeftOpenInAnEarlierParagraph() {
        String after = "The city council approved the new budget on Monday by a vote of seven to two.";
        String closed = "Intro.\n\n\"It was a long night,\" the clerk said. " + after + "\n\nOutro.";
        int at = closed.indexOf(after);
        assertThat(filter.candidate(closed, new Span(at, at + after.length()), "Center Wire")).isPresent();

        String carriedOver = "Intro.\n\n\"It was a long night for all of us.\n\n" + after + "\n\nOutro.";
        int next = carriedOver.indexOf(after);
        assertThat(filter.candidate(carriedOver, new Span(next, next + after.length()), "Center Wire")).isPresent();
    }
}
