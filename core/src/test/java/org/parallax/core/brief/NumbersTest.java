package org.parallax.core.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void sentencesGivingDifferentFiguresCannotStateTheSameFact() {
        assertFalse(Numbers.compatible("Unemployment fell to 3.9% in May.", "Unemployment rose to 4.2% in June."));
        assertFalse(Numbers.compatible("The council approved it 7-2.", "The council rejected it 5-4."));
    }

    @Test
    void oneSharedFigureOrNoFigureOnOneSideIsCompatible() {
        assertTrue(Numbers.compatible("More than 3,000 workers walked out on Monday.", "Some 3000 employees went on strike."));
        assertTrue(Numbers.compatible("The vote was 7-2.", "Seven members voted for it, 2 against."));
        assertTrue(Numbers.compatible("Inflation slowed to 3.1%.", "Inflation slowed sharply, the office said."));
    }

    @Test
    void figuresDropThousandsSeparatorsAndTrailingFullStops() {
        assertEquals(Set.of("1200", "8", "2024"), Numbers.figures("It will cut 1,200 jobs, about 8% of staff, in 2024."));
    }

    @Test
    void aScaleWordIsReadIntoItsFigure() {
        assertEquals(Set.of("5000000"), Numbers.figures("The county will spend 5 million on the new pier."));
        assertEquals(Numbers.figures("The county will spend 5,000,000 on the new pier."),
                Numbers.figures("The county will spend 5 million on the new pier."));
        assertEquals(Numbers.figures("Congress passed the $1.9 trillion package."),
                Numbers.figures("Congress passed the package of 1.9 trillion dollars."));
        assertEquals(Set.of("2500000000", "2022"), Numbers.figures("It borrowed 2.5 Billion in 2022."));
        assertFalse(Numbers.compatible("The plan costs $1.9 trillion.", "The plan costs $1.9 billion."));
    }
}
