/**
 * Filing stories under the fixed {@link org.parallax.core.model.Topic} taxonomy with a weighted
 * keyword lexicon ({@code topic-lexicon.txt}, documented in the file itself).
 */
package org.parallax.core.topic;
