/** What the trained models share: the stored form of a linear model over standardised features. */
package org.parallax.core.learn;
