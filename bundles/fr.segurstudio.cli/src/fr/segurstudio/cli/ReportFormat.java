package fr.segurstudio.cli;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import fr.segurstudio.validation.json.FileReport;

/** An output of {@code segur validate} for a CI tool, written whole on stdout once every file is checked. */
interface ReportFormat {

	/** The formats for CI tools, by their {@code --format} value. */
	Map<String, ReportFormat> CI = Map.of("sarif", new SarifReport(), "github", new GithubAnnotations(), "gitlab", new GitlabCodeQuality(),
			"junit", new JunitReport());

	void write(List<FileReport> reports, CliContext context) throws IOException;
}
