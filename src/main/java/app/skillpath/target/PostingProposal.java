package app.skillpath.target;

import app.skillpath.posting.PostingAnalysis;

/**
 * A target proposed from a pasted job posting: the draft for the user to judge, edit and save, and the analysis
 * that made it, whose spans point into {@code posting} (the text as analysed and as it will be saved).
 */
public record PostingProposal(String posting, TargetDraft draft, PostingAnalysis analysis) {
}
