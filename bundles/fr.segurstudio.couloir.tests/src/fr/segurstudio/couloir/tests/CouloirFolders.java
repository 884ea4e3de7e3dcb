package fr.segurstudio.couloir.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.couloir.internal.ExtensionCouloirRegistry;

/**
 * Couloir folders for the tests: this bundle's FIC-DEM as data, copies of it to break, archives of it, and couloir
 * registries of their own that read them, with or without the plug-ins' couloirs (always with their code lists).
 */
public final class CouloirFolders {

	private CouloirFolders() {
	}

	/** This bundle's {@code couloirs/FIC-DEM}, the data twin of the compiled FIC-DEM. */
	public static Path ficDem() {
		return bundleFolder("couloirs/FIC-DEM/");
	}

	static Path bundleFolder(String entry) {
		try {
			URL url = FileLocator.toFileURL(FrameworkUtil.getBundle(CouloirFolders.class).getEntry(entry));
			return Path.of(url.getPath());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A copy of {@code folder} as {@code into/NAME}. */
	public static Path copy(Path folder, Path into, String name) {
		Path target = into.resolve(name);
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.toList()) {
				Path to = target.resolve(folder.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(to);
				} else {
					Files.copy(file, to);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return target;
	}

	/** The folder's files in an archive, under {@code prefix} ("" or "FIC-DEM/"). */
	static Path zip(Path folder, Path archive, String prefix) {
		try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				zip.putNextEntry(new ZipEntry(prefix + folder.relativize(file).toString().replace('\\', '/')));
				zip.write(Files.readAllBytes(file));
				zip.closeEntry();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return archive;
	}

	/** A file's text (UTF-8). */
	public static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes a file's text (UTF-8). */
	public static void write(Path file, String text) {
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Replaces the first {@code from} of a file's text by {@code to}; fails when it is not there. */
	public static void replace(Path file, String from, String to) {
		String text = read(file);
		if (!text.contains(from)) {
			throw new AssertionError("« " + from + " » not in " + file);
		}
		write(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
	}

	/**
	 * A registry of its own reading these couloirs folders and the plug-ins' code lists, with the plug-ins' couloirs
	 * or without them (then the data FIC-DEM is not shadowed by the compiled one).
	 */
	public static CouloirRegistry registry(boolean compiledCouloirs, Path... folders) {
		List<Path> list = List.of(folders);
		return new ExtensionCouloirRegistry(plugins(compiledCouloirs), () -> list);
	}

	/**
	 * A compiled couloir written as a couloir folder {@code into/ID}: its plug-in's .ecore, its declaration from the
	 * plug-in's plugin.xml as couloir.xml (the same elements and attributes, labels translated), and the .view files the
	 * plug-in contributes, named by {@code <view file>}.
	 */
	public static Path asData(String couloirId, Path into) {
		IExtensionRegistry platform = RegistryFactory.getRegistry();
		IConfigurationElement declaration = Arrays.stream(platform.getConfigurationElementsFor("fr.segurstudio.model.couloirs"))
				.filter(e -> e.getName().equals("couloir") && couloirId.equals(e.getAttribute("code") + "-" + e.getAttribute("logiciel")))
				.findFirst().orElseThrow();
		Bundle bundle = Platform.getBundle(declaration.getContributor().getName());
		Path folder = into.resolve(couloirId);
		try {
			Files.createDirectories(folder);
			for (URL ecore : Collections.list(bundle.findEntries("model", "*.ecore", false))) {
				copy(ecore, folder.resolve(Path.of(ecore.getPath()).getFileName().toString()));
			}
			StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
			StringBuilder views = new StringBuilder();
			for (IConfigurationElement view : platform.getConfigurationElementsFor("fr.segurstudio.forms.views")) {
				if (view.getContributor().getName().equals(bundle.getSymbolicName())) {
					String file = view.getAttribute("file");
					copy(bundle.getEntry(file), folder.resolve(Path.of(file).getFileName().toString()));
					views.append("  <view file=\"").append(Path.of(file).getFileName()).append("\"/>\n");
				}
			}
			xml(declaration, "", xml, views.toString());
			Files.writeString(folder.resolve("couloir.xml"), xml, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return folder;
	}

	private static void xml(IConfigurationElement element, String indent, StringBuilder xml, String more) {
		xml.append(indent).append('<').append(element.getName());
		for (String attribute : element.getAttributeNames()) {
			xml.append(' ').append(attribute).append("=\"").append(element.getAttribute(attribute).replace("&", "&amp;").replace("\"", "&quot;")
					.replace("<", "&lt;")).append('"');
		}
		xml.append(">\n");
		for (IConfigurationElement child : element.getChildren()) {
			xml(child, indent + "  ", xml, "");
		}
		xml.append(more).append(indent).append("</").append(element.getName()).append(">\n");
	}

	private static void copy(URL from, Path to) throws IOException {
		try (InputStream in = from.openStream()) {
			Files.copy(in, to);
		}
	}

	/** The platform's extension registry, its couloir declarations left out unless asked for. */
	private static IExtensionRegistry plugins(boolean couloirs) {
		IExtensionRegistry platform = RegistryFactory.getRegistry();
		return (IExtensionRegistry) Proxy.newProxyInstance(IExtensionRegistry.class.getClassLoader(), new Class<?>[] { IExtensionRegistry.class },
				(proxy, method, args) -> switch (method.getName()) {
				case "getConfigurationElementsFor" -> {
					IConfigurationElement[] elements = (IConfigurationElement[]) method.invoke(platform, args);
					yield couloirs ? elements
							: Arrays.stream(elements).filter(e -> !e.getName().equals("couloir")).toArray(IConfigurationElement[]::new);
				}
				case "addListener", "removeListener" -> null;
				default -> method.invoke(platform, args);
				});
	}
}
