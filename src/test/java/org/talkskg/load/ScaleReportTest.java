package org.talkskg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScaleReportTest {

    @Test
    void growthIsNamedFromTheExponentsOfTimeAndAnswer() {
        assertEquals("flat", ScaleReport.growth(0.05, 0.0));
        assertEquals("sub-linear", ScaleReport.growth(0.4, 0.0));
        assertEquals("linear in the corpus", ScaleReport.growth(1.1, 0.0));
        assertEquals("linear in the answer", ScaleReport.growth(1.2, 1.0));
        // 10x the answer for 80x the time: every row pays for the corpus too.
        assertEquals("super-linear", ScaleReport.growth(1.9, 1.0));
        assertEquals("super-linear", ScaleReport.growth(1.4, 0.0));
    }
}
