package fr.segurstudio.model.couloir.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.URIConverter;

import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.ProfilReferencement;
import fr.segurstudio.model.couloir.TypePiece;

/** A compiled couloir written as a couloir folder: what {@link DeclarationFile} and {@link EcoreFile} read back. */
public final class CouloirFolderWriter {

	private CouloirFolderWriter() {
	}

	/** The couloir folder {@code into/ID} of a compiled couloir: its couloir.xml and its .ecore (CouloirFolders.write). */
	public static Path write(Couloir couloir, Path into) throws IOException {
		URI genModel = EcorePlugin.getEPackageNsURIToGenModelLocationMap(false).get(couloir.ePackage().getNsURI());
		if (genModel == null) {
			throw new IOException("le couloir " + couloir.id() + " n'a pas de .ecore enregistré (un couloir compilé est attendu)");
		}
		URI ecore = genModel.trimFileExtension().appendFileExtension("ecore");
		Path folder = Files.createDirectories(into.resolve(couloir.id()));
		try (InputStream in = URIConverter.INSTANCE.createInputStream(ecore)) {
			Files.copy(in, folder.resolve(ecore.lastSegment()));
		}
		Files.writeString(folder.resolve(CouloirSource.DECLARATION), declaration(couloir), StandardCharsets.UTF_8);
		return folder;
	}

	/** The couloir's couloir.xml. */
	static String declaration(Couloir couloir) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		Map<String, String> attributes = new LinkedHashMap<>();
		attributes.put("code", couloir.code());
		attributes.put("logiciel", couloir.logiciel());
		attributes.put("vague", couloir.vague());
		attributes.put("label", couloir.label());
		attributes.put("nsURI", couloir.ePackage().getNsURI());
		attributes.put("beneficiaires", couloir.beneficiairesClass().getName());
		attributes.put("scenario", couloir.scenarioClass().getName());
		attributes.put("seed", couloir.seed());
		element(xml, "", "couloir", attributes, false);
		for (TypePiece type : couloir.typesPieces()) {
			Map<String, String> piece = new LinkedHashMap<>();
			piece.put("type", type.type());
			piece.put("code", type.code());
			piece.put("label", type.label());
			piece.put("min", type.min() == 0 ? null : String.valueOf(type.min()));
			piece.put("max", type.max() == Integer.MAX_VALUE ? null : String.valueOf(type.max()));
			piece.put("expectedWhen", type.expectedWhen());
			piece.put("seed", type.seed());
			element(xml, "   ", "typePiece", piece, true);
		}
		for (ProfilReferencement profil : couloir.profils()) {
			Map<String, String> attributesOfProfil = new LinkedHashMap<>();
			attributesOfProfil.put("feature", profil.feature());
			attributesOfProfil.put("value", profil.value());
			attributesOfProfil.put("nom", profil.nom());
			attributesOfProfil.put("seed", profil.seed());
			attributesOfProfil.put("note", profil.note());
			element(xml, "   ", "profil", attributesOfProfil, true);
		}
		return xml.append("</couloir>\n").toString();
	}

	private static void element(StringBuilder xml, String indent, String name, Map<String, String> attributes, boolean empty) {
		xml.append(indent).append('<').append(name);
		attributes.forEach((attribute, value) -> {
			if (value != null) {
				xml.append(' ').append(attribute).append("=\"").append(value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;"))
						.append('"');
			}
		});
		xml.append(empty ? "/>\n" : ">\n");
	}
}
