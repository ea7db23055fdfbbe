package org.convene.analysis;

/**
 * Reads a tie's strength (1 acquaintance .. 5 close, trusted) as the probability that the tie
 * carries an introduction, the single place where the contract's mapping 1→0.15, 2→0.30,
 * 3→0.50, 4→0.70, 5→0.85 lives.
 *
 * <p>A path's probability is the product over its ties; its length is the sum of {@link
 * #length(int)} = {@code -ln p}, so that shortest-path algorithms rank paths by probability.
 */
public final class TieStrength {

    /** The weakest strength: an acquaintance. */
    public static final int MIN = 1;

    /** The strongest strength: close and trusted. */
    public static final int MAX = 5;

    /** The weakest strength that counts as a strong tie (probability 0.70 and above). */
    public static final int STRONG = 4;

    /** The strength given to a tie when none is stated. */
    public static final int DEFAULT = 3;

    private static final double[] PROBABILITY = {Double.NaN, 0.15, 0.30, 0.50, 0.70, 0.85};

    private static final double[] LENGTH = new double[PROBABILITY.length];

    static {
        for (int s = MIN; s <= MAX; s++) {
            LENGTH[s] = -Math.log(PROBABILITY[s]);
        }
    }

    private TieStrength() {}

    /**
     * The probability that a tie of this strength carries an introduction.
     *
     * @throws IllegalArgumentException if the strength is outside 1..5
     */
    public static double probability(int strength) {
        return PROBABILITY[check(strength)];
    }

    /**
     * The tie's length for shortest-path algorithms, {@code -ln(probability(strength))}.
     *
     * @throws IllegalArgumentException if the strength is outside 1..5
     */
    public static double length(int strength) {
        return LENGTH[check(strength)];
    }

    /**
     * Returns the strength unchanged when it is within 1..5.
     *
     * @throws IllegalArgumentException naming the strength otherwise
     */
    public static int check(int strength) {
        if (strength < MIN || strength > MAX) {
            throw new IllegalArgumentException("strength must be between " + MIN + " and " + MAX + ", was " + strength);
        }
        return strength;
    }
}
