package fr.segurstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.deposit.AtomicFiles;
import fr.segurstudio.json.deposit.PieceFiles;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.SourceLocation;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.validation.ProfilsDeclares;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.validation.json.FileReport;
import fr.segurstudio.validation.json.FileValidator;
import fr.segurstudio.validation.json.Mode;
import fr.segurstudio.validation.json.PortalAnswer;
import fr.segurstudio.validation.json.ReportJson;

/**
 * {@code segur validate [--mode asp|all] [--format text|json|sarif|github|gitlab|junit] FILE...}: the portal's two controls and the
 * checks it does not make. Exit 0 when no file has an error (warnings allowed), 1 when one has, 2 on
 * usage or I/O problems. The JSON format is a contract (see ReportJson); the CI tools' formats are ReportFormat's.
 */
final class ValidateCommand extends NamedCommand {

	ValidateCommand() {
		super("validate", Messages.validateSummary, Messages.validateHelp);
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Arguments arguments = new Arguments(args, Set.of("--mode", "--format", "--couloir", "--profils", "--retour"),
				Set.of(PieceFiles.OUTSIDE_OPTION));
		Mode mode = choice(arguments.value("--mode"), "--mode", Map.of("asp", Mode.ASP, "all", Mode.ALL), Mode.ALL);
		Map<String, String> formats = new HashMap<>(Map.of("text", "text", "json", "json"));
		ReportFormat.CI.keySet().forEach(name -> formats.put(name, name));
		String format = choice(arguments.value("--format"), "--format", formats, "text");
		boolean asText = format.equals("text");
		Inputs inputs = new Inputs(context);
		ProfilsDeclares profils = profils(arguments.value("--profils"), inputs);
		boolean ioProblem = false;
		List<ImportResult> imported = new ArrayList<>();
		List<FileReport> reports = new ArrayList<>();
		List<PerFile.Outcome<ImportResult>> read = PerFile.map(arguments.files(), file -> inputs.read(file, arguments.value("--couloir")));
		for (int i = 0; i < read.size(); i++) {
			if (read.get(i).failure() == null) {
				imported.add(read.get(i).value());
			} else {
				ioProblem = true;
				reports.add(unreadable(arguments.files().get(i), read.get(i).failure(), context));
			}
		}
		List<Dossier> all = imported.stream().map(ImportResult::dossier).filter(d -> d != null).toList();
		Map<Dossier, Path> directories = new IdentityHashMap<>();
		imported.stream().filter(r -> r.dossier() != null)
				.forEach(r -> directories.put(r.dossier(), inputs.resolve(r.file()).toAbsolutePath().getParent()));
		ValidationContext validation = new ValidationContext(all, profils, directories::get, false, arguments.flag(PieceFiles.OUTSIDE_OPTION));
		FileValidator validator = new FileValidator(context.service(DossierValidator.class), context.service(CouloirRegistry.class));
		// the report's text is written in the worker too: placing 10,000 issues at their line and column is work
		List<PerFile.Outcome<Checked>> checked = PerFile.map(imported, result -> Inputs.guard(result.file(), () -> {
			FileReport report = validator.validate(result, mode, validation);
			return new Checked(report, asText ? lines(report) : null);
		}));
		Map<FileReport, List<String>> texts = new IdentityHashMap<>();
		for (int i = 0; i < checked.size(); i++) {
			if (checked.get(i).failure() == null) {
				reports.add(checked.get(i).value().report());
				texts.put(checked.get(i).value().report(), checked.get(i).value().text());
			} else {
				ioProblem = true;
				reports.add(unreadable(imported.get(i).file(), checked.get(i).failure(), context));
			}
		}
		// in the order of the command line (a file's first place): a map, not indexOf, for 65,536 files and more
		Map<String, Integer> order = new HashMap<>();
		for (int i = 0; i < arguments.files().size(); i++) {
			order.putIfAbsent(arguments.files().get(i), i);
		}
		reports.sort(Comparator.comparingInt(r -> order.getOrDefault(r.file(), -1)));
		if (!asText) {
			try {
				if (format.equals("json")) {
					ReportJson.write(reports, context.out());
				} else {
					ReportFormat.CI.get(format).write(reports, context);
				}
			} catch (IOException e) {
				context.err().println(e.getMessage());
				return USAGE;
			}
		} else {
			for (FileReport report : reports) {
				List<String> text = texts.get(report);
				(text == null ? lines(report) : text).forEach(context.out()::println);
			}
		}
		if (arguments.value("--retour") != null && !answers(reports, inputs, inputs.resolve(arguments.value("--retour")), context)) {
			ioProblem = true;
		}
		return ioProblem ? USAGE : reports.stream().anyMatch(FileReport::hasErrors) ? INPUT_ERRORS : OK;
	}

	/** The file a path names, through symbolic links (as it is when it does not exist). */
	private static Path identity(Path path) {
		try {
			return path.toRealPath();
		} catch (IOException | RuntimeException e) {
			return path.toAbsolutePath().normalize();
		}
	}

	/** The report of a file that could not be read or checked: its one error, said on stderr too. */
	private static FileReport unreadable(String file, Inputs.Unreadable e, CliContext context) {
		context.err().println(e.getMessage());
		return new FileReport(file, null, false, List.of(Issue.error(IssueCodes.FICHIER_ILLISIBLE, e.getMessage(), SourceLocation.UNKNOWN)),
				List.of(), null);
	}

	private static <T> T choice(String value, String option, Map<String, T> choices, T fallback) {
		if (value == null) {
			return fallback;
		}
		T chosen = choices.get(value);
		if (chosen == null) {
			throw new UsageException(NLS.bind(Messages.badChoice, new Object[] { option, value, String.join(", ", choices.keySet().stream().sorted().toList()) }));
		}
		return chosen;
	}

	private static ProfilsDeclares profils(String file, Inputs inputs) {
		if (file == null) {
			return ProfilsDeclares.userSettings();
		}
		try {
			return ProfilsDeclares.read(inputs.resolve(file));
		} catch (IOException e) {
			throw new UsageException(NLS.bind(Messages.cannotRead, Echo.longText(file), Echo.longText(String.valueOf(e.getMessage()))));
		}
	}

	/** A file's report, and its text when the output is text. */
	private record Checked(FileReport report, List<String> text) {
	}

	static void text(FileReport report, CliContext context) {
		lines(report).forEach(context.out()::println);
	}

	/** The text of a report: its verdict, then each issue at its line and column. */
	static List<String> lines(FileReport report) {
		List<String> lines = new ArrayList<>();
		long rejected = report.requests().stream().filter(r -> !r.accepted()).count();
		if (!report.accepted()) {
			lines.add(NLS.bind(Messages.validateFileRejected, Echo.longText(report.file()), report.couloir() == null ? "?" : report.couloir()));
		} else {
			lines.add(NLS.bind(Messages.validateFileAccepted, new Object[] { Echo.longText(report.file()), report.couloir(), report.requests().size(),
					report.requests().size() - rejected, rejected }));
		}
		for (Issue issue : report.errors()) {
			lines.add(IssuePrinter.line(report.file(), issue) + " [" + issue.code() + "]");
		}
		for (FileReport.RequestReport request : report.requests()) {
			String where = request.issues().isEmpty() ? null : IssuePrinter.request(report.file(), request);
			for (Issue issue : request.issues()) {
				lines.add(IssuePrinter.line(report.file(), issue, where) + " [" + issue.code() + "]");
			}
		}
		return lines;
	}

	/**
	 * Writes, for each file accepted at the structure stage, the JSON the portal would give back, under the
	 * input's name (a .segur's answer as {@code <name>.json}). An answer never replaces an input of the
	 * command, and two answers never go to one name: such an answer is not written (exit 2).
	 */
	private static boolean answers(List<FileReport> reports, Inputs inputs, Path directory, CliContext context) {
		boolean ok = true;
		Set<Path> protectedFiles = new HashSet<>();
		for (FileReport report : reports) {
			protectedFiles.add(identity(inputs.resolve(report.file())));
		}
		for (FileReport report : reports) {
			byte[] answer = PortalAnswer.toBytes(report);
			if (answer == null) {
				continue;
			}
			String name = Path.of(report.file()).getFileName().toString();
			Path target = directory.resolve(Inputs.isText(name) ? name.substring(0, name.length() - DossierTexts.FILE_EXTENSION.length()) + "json" : name);
			if (!protectedFiles.add(identity(target))) { // an input, or the answer of a file of the same name
				context.err().println(NLS.bind(Messages.validateAnswerRefused, Echo.longText(report.file()), Echo.longText(target)));
				ok = false;
				continue;
			}
			try {
				AtomicFiles.write(target, answer);
				context.err().println(NLS.bind(Messages.validateAnswerWritten, Echo.longText(target)));
			} catch (IOException e) {
				context.err().println(NLS.bind(Messages.cannotWrite, Echo.longText(target), Echo.longText(String.valueOf(e.getMessage()))));
				ok = false;
			}
		}
		return ok;
	}
}
