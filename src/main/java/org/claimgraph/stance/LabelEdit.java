package org.claimgraph.stance;

import org.claimgraph.extract.CharSpan;

/**
 * A change the claim label makes to the text it is read from: a negation dropped ("not"), turned positive
 * ("no" to "some"), or a distance marker dropped ("alleged").
 *
 * @param span        the characters replaced
 * @param replacement what the label writes instead; empty to drop them
 */
record LabelEdit(CharSpan span, String replacement) {
}
