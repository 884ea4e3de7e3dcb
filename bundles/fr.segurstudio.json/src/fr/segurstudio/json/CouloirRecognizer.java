package fr.segurstudio.json;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;

import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.json.tree.JsonValue.JsonArray;
import fr.segurstudio.json.tree.JsonValue.JsonObject;
import fr.segurstudio.json.tree.JsonValue.JsonString;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.couloir.Couloir;

/**
 * Tells which declared couloir a file belongs to from its structure: the keys of the couloir-specific
 * blocks (beneficiaires, scenarioInstallation) score for the couloirs that know them, exact spellings
 * more than variants, unknown keys against. Supporting-document names (BIO-SGL-Va1-...) only settle
 * couloirs whose keys score the same (a template shared by several software types): a piece named after
 * another couloir is that request's error (seed §3.3 nomenclature), never the file's couloir (seed §1.2: the
 * second control is per request).
 */
public final class CouloirRecognizer {

	/** How many requests are looked at: enough to be sure, cheap on 10,000 requests. */
	private static final int SAMPLE = 20;

	/** The couloir recognised, or why none was. */
	public record Result(Couloir couloir, String problem) {
	}

	/** The couloir of a whole file, from a sample of its requests. */
	public Result recognize(JsonObject root, List<Couloir> couloirs) {
		return recognize(sampleRequests(root), couloirs);
	}

	/** The couloir these requests (JSON objects of lignesImport) belong to. */
	public Result recognize(List<JsonObject> requests, List<Couloir> couloirs) {
		Couloir best = null;
		int bestScore = 0;
		int bestNames = 0;
		boolean tie = false;
		for (Couloir couloir : couloirs) {
			int score = 0;
			int names = 0;
			for (JsonObject request : requests) {
				score += score(request.member("beneficiaires"), couloir.beneficiairesClass());
				score += score(request.member("scenarioInstallation"), couloir.scenarioClass());
				names += namesMatch(request.member("piecesJustificatives"), couloir);
			}
			if (score > bestScore || score == bestScore && score > 0 && names > bestNames) {
				best = couloir;
				bestScore = score;
				bestNames = names;
				tie = false;
			} else if (score == bestScore && names == bestNames && score > 0) {
				tie = true;
			}
		}
		if (best == null) {
			return new Result(null, "couloir non reconnu : aucune clé de bénéficiaires ou de scénario d'un couloir installé");
		}
		if (tie) {
			return new Result(null, "couloir ambigu : plusieurs couloirs installés reconnaissent ces clés ; précisez-le");
		}
		return new Result(best, null);
	}

	private static List<JsonObject> sampleRequests(JsonObject root) {
		List<JsonObject> requests = new ArrayList<>();
		for (JsonValue.Member member : root.members()) {
			if (member.key().equalsIgnoreCase("lignesImport") && member.value() instanceof JsonArray array) {
				for (JsonValue value : array.elements()) {
					if (value instanceof JsonObject request && requests.size() < SAMPLE) {
						requests.add(request);
					}
				}
			}
		}
		return requests;
	}

	private static int score(JsonValue.Member block, EClass eClass) {
		if (block == null || !(block.value() instanceof JsonObject object)) {
			return 0;
		}
		AspClassMapping mapping = AspClassMapping.of(eClass);
		int score = 0;
		for (JsonValue.Member member : object.members()) {
			if (mapping.byKey(member.key()) != null) {
				score += 2;
			} else if (mapping.byAlias(member.key()) != null || mapping.byKeyIgnoringCase(member.key()) != null) {
				score += 1;
			} else {
				score -= 1;
			}
		}
		return score;
	}

	private static int namesMatch(JsonValue.Member pieces, Couloir couloir) {
		if (pieces == null || !(pieces.value() instanceof JsonArray array)) {
			return 0;
		}
		int matches = 0;
		for (JsonValue value : array.elements()) {
			if (value instanceof JsonObject piece && piece.member("nomFichier") != null
					&& piece.member("nomFichier").value() instanceof JsonString name && name.value().startsWith(couloir.id() + "-")) {
				matches++;
			}
		}
		return matches;
	}
}
