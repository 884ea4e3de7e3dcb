package fr.segurstudio.dsl.model;

import java.io.IOException;
import fr.segurstudio.dsl.validation.IssueCodes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;

import com.google.inject.Inject;
import com.google.inject.Provider;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.linking.FrenchLinkingMessages;
import fr.segurstudio.dsl.parser.FrenchSyntaxErrorMessages;
import fr.segurstudio.dsl.segurDsl.DossierText;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.dsl.segurDsl.SegurDslPackage;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.InputFiles;
import fr.segurstudio.json.Utf8;
import fr.segurstudio.model.asp.AspPaths;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.Severity;
import fr.segurstudio.model.issue.SourceLocation;
import fr.segurstudio.model.issue.SourceLocator;

/** The operations of {@link DossierTexts}, with the language's services. */
public class TextServices {

	@Inject
	private TextResources resources;

	@Inject
	private BuiltDossiers built;

	@Inject
	private TextWriter writer;

	@Inject
	private TextUpdater updater;

	@Inject
	private TextPrinter printer;

	@Inject
	private ISerializer serializer;

	@Inject
	private IFormatter2 formatter;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	public DossierTexts.Parsed parse(String text, String fileName) {
		XtextResource resource = resources.parse(text, uriOf(fileName));
		return new DossierTexts.Parsed(resource, built.of(resource));
	}

	public DossierTexts.Parsed reparse(DossierTexts.Parsed consumed, String text, String fileName) {
		if (consumed == null || !uriOf(fileName).equals(consumed.resource().getURI())) {
			return parse(text, fileName);
		}
		IParseResult previous = consumed.resource().getParseResult();
		if (previous != null && previous.getRootNode() != null && !previous.hasSyntaxErrors() && text.equals(previous.getRootNode().getText())) {
			return consumed; // the same valid text (a forced reconcile): nothing touched
		}
		XtextResource resource = resources.reparse(consumed.resource(), text);
		return resource == null ? parse(text, fileName) : new DossierTexts.Parsed(resource, built.of(resource));
	}

	public ImportResult read(Path file) throws IOException {
		String text;
		try {
			text = Utf8.decode(InputFiles.read(file));
		} catch (Utf8.NotUtf8 e) {
			Issue issue = Issue.error(IssueCodes.ENCODAGE, e.getMessage(), new SourceLocation("", e.line(), e.column(), (int) e.offset(), -1));
			return new ImportResult(file.toString(), null, null, null, List.of(issue), SourceLocator.NONE);
		}
		return read(parse(text, file.toAbsolutePath().toString()), file.toString());
	}

	public ImportResult read(DossierTexts.Parsed parsed, String fileName) {
		BuiltDossier dossier = parsed.built();
		List<Issue> issues = new ArrayList<>();
		for (Diagnostic diagnostic : parsed.resource().getErrors()) {
			issues.add(issue(diagnostic, parsed, dossier));
		}
		if (dossier == null) {
			return new ImportResult(fileName, null, null, null, issues, SourceLocator.NONE);
		}
		for (TextProblem problem : dossier.problems()) {
			SourceLocation at = TextLocator.location(new TextPlace(problem.node(), problem.nodeFeature(), problem.index()), "");
			EObject target = dossier.trace().objectAround(problem.node());
			// a value that could not be read names its feature: the validator's complaint about it is then said once
			EStructuralFeature feature = target != null && problem.valueFeature() != null
					&& target.eClass().getEAllStructuralFeatures().contains(problem.valueFeature()) ? problem.valueFeature() : null;
			int index = feature == null ? -1 : problem.valueIndex();
			issues.add(new Issue(problem.severity(), problem.code(), problem.message(), target, feature, index,
					at.withPath(target == null ? "" : AspPaths.of(target))));
		}
		variants(dossier, issues);
		return new ImportResult(fileName, null, dossier.dossier(), dossier.couloir(), List.copyOf(issues), new TextLocator(dossier));
	}

	/** A syntax error rejects the text (file-level); an unknown field belongs to the request around it. */
	private static Issue issue(Diagnostic diagnostic, DossierTexts.Parsed parsed, BuiltDossier dossier) {
		int offset = diagnostic instanceof AbstractDiagnostic d ? d.getOffset() : -1;
		int length = diagnostic instanceof AbstractDiagnostic d ? d.getLength() : -1;
		String text = parsed.resource().getParseResult() == null ? "" : parsed.resource().getParseResult().getRootNode().getText();
		int line = diagnostic.getLine();
		int lineStart = offset < 0 ? 0 : text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		int column = offset < 0 ? diagnostic.getColumn() : text.codePointCount(lineStart, Math.min(offset, text.length())) + 1;
		String code = diagnostic instanceof AbstractDiagnostic d && d.getCode() != null ? d.getCode() : IssueCodes.SYNTAXE;
		EObject target = null;
		if (IssueCodes.CHAMP_INCONNU.equals(code) && dossier != null && offset >= 0) {
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(parsed.resource().getParseResult().getRootNode(), offset);
			target = leaf == null ? null : dossier.trace().objectAround(NodeModelUtils.findActualSemanticObjectFor(leaf));
		}
		String path = target == null ? "" : AspPaths.of(target);
		SourceLocation at = new SourceLocation(path, line, column, offset, length);
		String[] data = diagnostic instanceof AbstractDiagnostic d && d.getData() != null ? d.getData() : new String[0];
		return new Issue(Severity.ERROR, code, diagnostic.getMessage(), target, null, -1, at, List.of(data));
	}

	/** A spelling variant of a field name: read, and said (the text validator says the same). */
	private static void variants(BuiltDossier dossier, List<Issue> issues) {
		for (EObject node : (Iterable<EObject>) () -> dossier.text().eAllContents()) {
			if (node instanceof Entry entry && entry.getFeature() != null && !entry.getFeature().eIsProxy()) {
				String written = NodeModelUtils.findNodesForFeature(entry, SegurDslPackage.Literals.ENTRY__FEATURE).stream()
						.map(NodeModelUtils::getTokenText).map(t -> t.replace("\"", "")).findFirst().orElse(null);
				String name = TextStructure.name(entry.getFeature());
				if (written != null && !written.equals(name)) {
					EObject target = dossier.trace().objectAround(entry);
					SourceLocation at = TextLocator.location(new TextPlace(entry, SegurDslPackage.Literals.ENTRY__FEATURE, -1),
							target == null ? name : AspPaths.of(target, entry.getFeature(), -1));
					issues.add(new Issue(Severity.WARNING, IssueCodes.VARIANTE, "« " + written
							+ " » est une variante acceptée de « " + name + " », qui s'écrit ainsi", target, entry.getFeature(), -1, at, List.of(name)));
				}
			}
		}
	}

	public String write(Dossier dossier) {
		DossierText text = writer.write(dossier).text();
		String printed = printer.print(text);
		if (printed != null) {
			return printed;
		}
		resources.attach(text);
		String written = serializer.serialize(text, SaveOptions.newBuilder().format().getOptions());
		return written.endsWith("\n") ? written : written + "\n";
	}

	public String format(String text, String fileName) {
		XtextResource resource = resources.parse(text, uriOf(fileName));
		List<String> syntax = new ArrayList<>();
		if (resource.getParseResult() == null) { // not parsed (nested too deep)
			resource.getErrors().forEach(error -> syntax.add("ligne " + error.getLine() + " : " + error.getMessage()));
		} else {
			for (INode node : resource.getParseResult().getSyntaxErrors()) {
				syntax.add("ligne " + node.getStartLine() + " : " + node.getSyntaxErrorMessage().getMessage());
			}
		}
		if (!syntax.isEmpty() || resource.getContents().isEmpty()) {
			throw new IllegalArgumentException(String.join("\n", syntax.isEmpty() ? List.of("texte vide") : syntax));
		}
		ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(access);
		request.setAllowIdentityEdits(false);
		String formatted = access.getRewriter().renderToString(formatter.format(request));
		return formatted.endsWith("\n") ? formatted : formatted + "\n";
	}

	public DossierTexts.Parsed rebind(DossierTexts.Parsed parsed, Dossier live) {
		BuiltDossier built = parsed.built();
		Trace trace = built == null ? null : built.trace().transfer(built.dossier(), live);
		return trace == null ? null
				: new DossierTexts.Parsed(parsed.resource(), new BuiltDossier(built.text(), live, built.couloir(), trace, built.problems()));
	}

	public List<TextEdit> update(DossierTexts.Parsed parsed) {
		return updater.edits(parsed.built(), parsed.resource().getParseResult().getRootNode().getText());
	}

	private static URI uriOf(String fileName) {
		if (fileName == null) {
			return URI.createURI("memory:/dossier.segur");
		}
		return fileName.startsWith("/") ? URI.createFileURI(fileName) : URI.createURI("memory:/" + fileName.replace('\\', '/'));
	}
}
