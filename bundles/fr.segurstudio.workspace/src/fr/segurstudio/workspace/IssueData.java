package fr.segurstudio.workspace;

import java.util.List;

import fr.segurstudio.model.issue.Issue;

/**
 * The arguments a quick fix needs, taken from an issue. {@code Issue.data()} is being added to the core
 * model; until it is there, issues carry no data and markers store only their code. When it lands, this
 * is the one place to change: {@code return issue.data();}.
 */
final class IssueData {

	private IssueData() {
	}

	static List<String> of(Issue issue) {
		return List.of();
	}
}
