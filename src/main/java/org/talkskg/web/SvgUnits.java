package org.talkskg.web;

/** Coordinates for the pages' SVG: rounded to tenths of a user unit, which no screen shows finer. */
final class SvgUnits {

    private SvgUnits() {}

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
