package fr.segurstudio.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.InputFiles;
import fr.segurstudio.json.deposit.AtomicFiles;
import fr.segurstudio.json.deposit.FileModes;
import fr.segurstudio.json.deposit.FolderLock;
import fr.segurstudio.lifecycle.DossierFiles;
import fr.segurstudio.lifecycle.Resubmissions;
import fr.segurstudio.lifecycle.csv.CsvImport;
import fr.segurstudio.lifecycle.csv.CsvMapping;
import fr.segurstudio.lifecycle.csv.CsvTable;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.model.dossier.NumerosEditeur;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ProfilsDeclares;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.validation.json.FileReport;
import fr.segurstudio.validation.json.FileValidator;
import fr.segurstudio.validation.json.Mode;

/**
 * {@code segur import-csv --mapping MAPPING.json --out DIR [--encoding E] [--separator S] CSV...}: spreadsheet
 * exports turned into .segur dossiers (canonical layout) by a mapping, then validated as {@code validate}
 * does. The mapping is checked against the couloir and the CSV's columns before anything is written; a
 * dossier whose requests have errors is written all the same (exit 1): the text is where users fix them.
 */
final class ImportCsvCommand extends NamedCommand {

	ImportCsvCommand() {
		super("import-csv", Messages.importCsvSummary, Messages.importCsvHelp);
	}

	/** A dossier to write: where, and its text. */
	private record Output(String csv, Path file, String name, Dossier dossier, String text) {
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Arguments arguments = new Arguments(args, Set.of("--mapping", "--out", "--encoding", "--separator"), Set.of());
		String mappingFile = arguments.value("--mapping");
		String out = arguments.value("--out");
		if (mappingFile == null || out == null) {
			throw new UsageException(Messages.importCsvOptions);
		}
		char separator = separator(arguments.value("--separator"));
		Inputs inputs = new Inputs(context);
		CsvMapping mapping;
		try {
			mapping = CsvMapping.read(mappingFile, bytes(inputs, mappingFile));
		} catch (Inputs.Unreadable e) {
			context.err().println(e.getMessage());
			return USAGE;
		} catch (CsvMapping.Invalid e) {
			e.problems().forEach(context.err()::println);
			return INPUT_ERRORS;
		}
		CouloirRegistry registry = context.service(CouloirRegistry.class);
		CsvImport importer = new CsvImport(mapping, registry);
		Map<String, CsvTable> tables = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (String csv : arguments.files()) {
			CsvTable table;
			try {
				table = CsvTable.read(csv, bytes(inputs, csv), arguments.value("--encoding"), separator);
			} catch (Inputs.Unreadable e) {
				context.err().println(e.getMessage());
				return USAGE;
			} catch (IllegalArgumentException e) {
				problems.add(csv + " : " + e.getMessage());
				continue;
			}
			context.err().println(NLS.bind(Messages.importCsvRead, new Object[] { csv, table.encoding(),
					table.separator() == '\t' ? "tabulation" : "« " + table.separator() + " »", table.rows().size(), table.headers().size() }));
			problems.addAll(importer.check(table));
			tables.put(csv, table);
		}
		if (!problems.isEmpty()) {
			problems.stream().distinct().forEach(context.err()::println);
			context.err().println(Messages.importCsvNothingWritten);
			return INPUT_ERRORS;
		}
		Path directory = inputs.resolve(out);
		List<Dossier> existing;
		List<Output> outputs = new ArrayList<>();
		boolean cellErrors = false;
		// the folder's dossiers are read (their numbers are taken) and the new ones written under its lock: a
		// resubmission or another import there at the same time never hands out the same numbers
		try (FolderLock lock = lock(directory, context)) {
			List<Dossier> found = existing(directory, context);
			existing = found;
			DossierTexts texts = context.service(DossierTexts.class);
			List<Dossier> made = new ArrayList<>();
			for (Map.Entry<String, CsvTable> entry : tables.entrySet()) {
				CsvImport.Result result = importer.build(entry.getValue(), dossier -> {
					Set<String> used = new LinkedHashSet<>();
					for (Dossier other : concat(found, made)) {
						if (Resubmissions.sameVendor(other, dossier)) {
							used.addAll(NumerosEditeur.usedNumbers(other));
						}
					}
					return used;
				});
				for (CsvImport.Problem problem : result.problems()) {
					context.err().println(problem);
					cellErrors |= problem.error();
				}
				for (CsvImport.Built built : result.dossiers()) {
					made.add(built.dossier());
					String name = CsvImport.fileName(entry.getKey(), built, result.dossiers().size());
					Path file = directory.resolve(name);
					outputs.add(new Output(entry.getKey(), file, Path.of(out).resolve(name).toString(), built.dossier(),
							CsvImport.withNotes(texts.write(built.dossier()), built.notes())));
				}
			}
			for (Output output : outputs) {
				if (Files.exists(output.file())) {
					context.err().println(NLS.bind(Messages.importCsvExists, output.name()));
					context.err().println(Messages.importCsvNothingWritten);
					return USAGE;
				}
			}
			for (Output output : outputs) {
				try {
					AtomicFiles.create(output.file(), output.text().getBytes(StandardCharsets.UTF_8)); // never over a file
				} catch (FileAlreadyExistsException e) {
					context.err().println(NLS.bind(Messages.importCsvExists, output.name()));
					context.err().println(Messages.importCsvNothingWritten);
					return USAGE;
				} catch (IOException e) {
					context.err().println(NLS.bind(Messages.cannotWrite, output.name(), e.getMessage()));
					return USAGE;
				}
				context.out().println(NLS.bind(Messages.importCsvWritten, new Object[] { output.csv(), output.name(),
						output.dossier().getDemandes().size() }));
			}
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.cannotWrite, Echo.longText(out), Echo.longText(String.valueOf(e.getMessage()))));
			return USAGE;
		}
		return validate(outputs, existing, inputs, context) || cellErrors ? INPUT_ERRORS : OK;
	}

	/** The written dossiers read back and validated as segur validate does, the folder's other dossiers as the user's. */
	private static boolean validate(List<Output> outputs, List<Dossier> existing, Inputs inputs, CliContext context) {
		List<ImportResult> read = new ArrayList<>();
		for (Output output : outputs) {
			try {
				read.add(inputs.read(output.name(), null));
			} catch (Inputs.Unreadable e) {
				context.err().println(e.getMessage());
				return true;
			}
		}
		List<Dossier> all = new ArrayList<>(existing);
		read.stream().map(ImportResult::dossier).filter(Objects::nonNull).forEach(all::add);
		Map<Dossier, Path> directories = new IdentityHashMap<>();
		read.stream().filter(r -> r.dossier() != null)
				.forEach(r -> directories.put(r.dossier(), inputs.resolve(r.file()).toAbsolutePath().getParent()));
		ValidationContext validation = new ValidationContext(all, ProfilsDeclares.userSettings(), directories::get, true);
		FileValidator validator = new FileValidator(context.service(DossierValidator.class), context.service(CouloirRegistry.class));
		boolean errors = false;
		for (ImportResult result : read) {
			FileReport report = validator.validate(result, Mode.ALL, validation);
			ValidateCommand.text(report, context);
			errors |= report.hasErrors();
		}
		return errors;
	}

	/** The lock of the output folder (created for it). */
	private static FolderLock lock(Path directory, CliContext context) throws IOException {
		FileModes.createDirectories(directory);
		return FolderLock.acquire(directory, FolderLock.FILES, () -> {
			context.err().println(Messages.dossiersWaiting);
			context.err().flush();
		});
	}

	/** The dossiers already in the output folder (their numbers are taken). */
	private static List<Dossier> existing(Path directory, CliContext context) {
		List<Dossier> dossiers = new ArrayList<>();
		if (!Files.isDirectory(directory)) {
			return dossiers;
		}
		try {
			for (Path file : DossierFiles.find(directory)) {
				ImportResult result = context.service(DossierTexts.class).read(file);
				if (result.dossier() != null) {
					dossiers.add(result.dossier());
				}
			}
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.cannotRead, directory, e.getMessage()));
		}
		return dossiers;
	}

	private static byte[] bytes(Inputs inputs, String file) throws Inputs.Unreadable {
		try {
			return InputFiles.read(inputs.resolve(file)); // bounded, regular files only, as every input
		} catch (IOException e) {
			throw new Inputs.Unreadable(Inputs.unreadable(file, e));
		}
	}

	private static char separator(String value) {
		if (value == null) {
			return 0;
		}
		return switch (value) {
		case ";" -> ';';
		case "," -> ',';
		case "tab", "\\t", "\t" -> '\t';
		default -> throw new UsageException(NLS.bind(Messages.badChoice, new Object[] { "--separator", value, "; , tab" }));
		};
	}

	private static List<Dossier> concat(List<Dossier> a, List<Dossier> b) {
		List<Dossier> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}
}
