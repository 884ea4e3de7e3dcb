package fr.segurstudio.json.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.CouloirRecognizer;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.InputFiles;
import fr.segurstudio.json.IssueCodes;
import fr.segurstudio.json.JsonPath;
import fr.segurstudio.json.SourceMap;
import fr.segurstudio.json.tree.JsonSyntaxException;
import fr.segurstudio.json.tree.JsonTreeReader;
import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.json.tree.JsonValue.JsonObject;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.SourceLocation;

/** The ASP JSON importer service: read the tree, recognise the couloir, build the model. */
@Component(service = AspImporter.class)
public final class AspImporterImpl implements AspImporter {

	@Reference
	private CouloirRegistry registry;

	public AspImporterImpl() {
	}

	/** Outside DS (tests, tools). */
	public AspImporterImpl(CouloirRegistry registry) {
		this.registry = registry;
	}

	@Override
	public ImportResult read(Path file, String couloirId) throws IOException {
		byte[] content = InputFiles.read(file);
		Path directory = file.toAbsolutePath().getParent();
		return read(content, file.toString(), couloirId, directory);
	}

	@Override
	public ImportResult read(byte[] content, String fileName, String couloirId) {
		return read(content, fileName, couloirId, null);
	}

	private ImportResult read(byte[] content, String fileName, String couloirId, Path directory) {
		JsonValue tree;
		try {
			tree = new JsonTreeReader().read(content);
		} catch (JsonSyntaxException e) {
			return failed(fileName, null, Issue.error(IssueCodes.SYNTAXE, e.getMessage(), SourceMap.location(JsonPath.ROOT, e.position())));
		}
		if (!(tree instanceof JsonObject root)) {
			return failed(fileName, tree, Issue.error(IssueCodes.RACINE, "le fichier doit contenir un objet JSON { ... }, pas un "
					+ tree.typeName(), SourceMap.location(JsonPath.ROOT, tree.position())));
		}
		List<Issue> issues = new ArrayList<>();
		Couloir couloir = couloir(root, couloirId, issues);
		ModelBuilder builder = new ModelBuilder(couloir, directory, content.length);
		Dossier dossier = builder.dossier(root);
		issues.addAll(builder.issues());
		return new ImportResult(fileName, tree, dossier, couloir, List.copyOf(issues), builder.sourceMap());
	}

	private Couloir couloir(JsonObject root, String couloirId, List<Issue> issues) {
		if (couloirId != null) {
			Couloir given = registry.couloir(couloirId).orElse(null);
			if (given == null) {
				issues.add(Issue.error(IssueCodes.COULOIR, "couloir « " + couloirId + " » inconnu ; couloirs installés : "
						+ registry.couloirs().stream().map(Couloir::id).toList(), start(root)));
			}
			return given;
		}
		CouloirRecognizer.Result detected = new CouloirRecognizer().recognize(root, registry.couloirs());
		if (detected.couloir() == null) {
			issues.add(Issue.error(IssueCodes.COULOIR, detected.problem(), start(root)));
		}
		return detected.couloir();
	}

	/** The start of the file, for a message about all of it (its line and column computed only then). */
	private static SourceLocation start(JsonObject root) {
		return SourceMap.location(JsonPath.ROOT, root.position());
	}

	private static ImportResult failed(String fileName, JsonValue tree, Issue issue) {
		return new ImportResult(fileName, tree, null, null, List.of(issue), new SourceMap());
	}
}
