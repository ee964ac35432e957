/**
 * Telling copies of one article apart from different articles: word shingles, MinHash band keys
 * to find candidate copies cheaply (locality-sensitive hashing, {@link org.parallax.core.dedup.TextFingerprint}),
 * and an exact shingle comparison to confirm them ({@link org.parallax.core.dedup.NearDuplicates}).
 */
package org.parallax.core.dedup;
