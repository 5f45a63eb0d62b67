package io.diameterharness.benchmarks.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValueWithItsSpread() {
        Stats s = Stats.of(List.of(30.0, 10.0, 20.0));
        assertEquals(new Stats(20.0, 10.0, 30.0, 3), s);
        assertEquals("20 (10–30)", s.format(0));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, Stats.of(List.of(4.0, 1.0, 3.0, 2.0)).median());
    }

    @Test
    void aSingleValueIsPrintedWithoutSpread() {
        assertEquals("1,234.5", Stats.of(List.of(1234.5)).format(1));
    }

    @Test
    void refusesNoValues() {
        assertEquals("no values", assertThrows(IllegalArgumentException.class, () -> Stats.of(List.of())).getMessage());
    }
}
