/**
 * Outlet ratings measured from the outlets' own words: phrase statistics per outlet (quotations
 * removed, variants merged) and a supervised, shrunk linear model over them that places each outlet on
 * an axis with an interval that is wide when the outlet has few articles. Pure JDK.
 */
package org.parallax.core.ratings;
