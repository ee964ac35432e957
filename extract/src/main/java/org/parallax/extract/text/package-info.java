/** Small text conventions shared by the ingest stages: timestamps, language tags, plain-text paragraphs. */
package org.parallax.extract.text;
