/**
 * Scores stances and claim grouping against hand-annotated sets of articles: which expected statements were found,
 * how many got the right stance, and how well "same claim" decisions agree, within and across articles.
 */
package org.claimgraph.evaluate.claims;
