package fr.segurstudio.workspace;

import java.util.List;

import fr.segurstudio.model.issue.Issue;

/** The arguments a quick fix needs, taken from an issue ({@link Issue#data()}: suggested operator code, expected spelling...). */
final class IssueData {

	private IssueData() {
	}

	static List<String> of(Issue issue) {
		return issue.data();
	}
}
