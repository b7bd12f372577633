package org.policylens.extract;

/**
 * A number found in folded text together with its unit and qualifier.
 *
 * @param start     first char of the number
 * @param numberEnd end of the number or range
 * @param unitEnd   end of the unit (== numberEnd when there is none)
 * @param end       end of a qualifier (以上, 左右 …) after the unit, or unitEnd
 * @param value     the number as written (low end of a range)
 * @param valueMax  high end of a range, or null
 */
record NumberToken(int start, int numberEnd, int unitEnd, int end, double value, Double valueMax) {

    boolean hasUnit() {
        return unitEnd > numberEnd;
    }

    boolean hasQualifier() {
        return end > unitEnd;
    }
}
