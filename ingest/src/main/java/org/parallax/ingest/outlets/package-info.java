/**
 * The outlets Parallax reads: the registry file shipped with it ({@link org.parallax.ingest.outlets.RegistryFile},
 * format in {@code ingest/OUTLET-REGISTRY.md}) and OPML import and export ({@link org.parallax.ingest.outlets.Opml}).
 */
package org.parallax.ingest.outlets;
