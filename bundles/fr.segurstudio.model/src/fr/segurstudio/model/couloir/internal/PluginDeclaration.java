package fr.segurstudio.model.couloir.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

import fr.segurstudio.model.extension.ExtensionReader;

/** A declaration element of a plug-in's plugin.xml. */
record PluginDeclaration(IConfigurationElement element) implements Declaration {

	@Override
	public String name() {
		return element.getName();
	}

	@Override
	public String attribute(String attribute) {
		return element.getAttribute(attribute);
	}

	@Override
	public List<Declaration> children(String name) {
		return Arrays.stream(element.getChildren(name)).<Declaration>map(PluginDeclaration::new).toList();
	}

	@Override
	public String where() {
		return "Déclaration invalide " + ExtensionReader.where(element);
	}

	@Override
	public byte[] file(String path) throws IOException {
		Bundle bundle = Platform.getBundle(element.getContributor().getName());
		URL url = bundle == null ? null : bundle.getEntry(path);
		if (url == null) {
			throw new FileNotFoundException(path);
		}
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}

	@Override
	public String fileName(String path) {
		return element.getContributor().getName() + "/" + path;
	}
}
