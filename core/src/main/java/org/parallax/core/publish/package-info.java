/**
 * When a story is shown to readers. {@link org.parallax.core.publish.PublicationRule} decides a
 * story's {@link org.parallax.core.publish.StoryStatus} from its brief and its articles, counting
 * outlets as independent sources ({@link org.parallax.core.publish.WireServices}: wire copy counts
 * once, as its wire service).
 */
package org.parallax.core.publish;
