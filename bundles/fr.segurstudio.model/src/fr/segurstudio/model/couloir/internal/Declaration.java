package fr.segurstudio.model.couloir.internal;

import java.io.IOException;
import java.util.List;

/**
 * One element of a couloir's declaration, whether a plug-in wrote it in its plugin.xml (extension point
 * {@code fr.segurstudio.model.couloirs}) or a couloir folder in its {@code couloir.xml}: the same vocabulary,
 * read by {@link CouloirDeclarations}.
 */
interface Declaration {

	/** The element's name: couloir, typePiece, profil, codeList, view. */
	String name();

	/** The attribute's value as written, or null. */
	String attribute(String attribute);

	List<Declaration> children(String name);

	/** Where the element is, for messages: « dans le plug-in X », « /…/couloir.xml, ligne 12 ». */
	String where();

	/** Where this attribute of the element is written (its own line in a couloir.xml), else {@link #where()}. */
	default String where(String attribute) {
		return where();
	}

	/** A file of the plug-in or of the couloir folder, by its path relative to the declaration. */
	byte[] file(String path) throws IOException;

	/** That file as messages name it. */
	String fileName(String path);
}
