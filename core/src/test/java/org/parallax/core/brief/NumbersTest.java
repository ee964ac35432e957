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
}
