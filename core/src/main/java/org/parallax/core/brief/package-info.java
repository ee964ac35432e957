/**
 * Brief composition. {@link org.parallax.core.brief.ExtractiveBriefComposer} assembles a brief from
 * small collaborators: {@link org.parallax.core.brief.TitleChooser},
 * {@link org.parallax.core.brief.FactSelector} (with {@link org.parallax.core.brief.FactFilter} and
 * {@link org.parallax.core.text.LoadedWords}), {@link org.parallax.core.brief.NarrativeSelector} (with
 * {@code ArgumentPassages}, {@code AxisChooser} and the {@link org.parallax.core.brief.ArgumentScorer}
 * seam for a sentence classifier) and {@link org.parallax.core.brief.CoverageCounter}. Every sentence it outputs is copied from an
 * article; {@link org.parallax.core.brief.Provenance} checks that.
 */
package org.parallax.core.brief;
