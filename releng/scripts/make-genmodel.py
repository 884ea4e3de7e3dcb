#!/usr/bin/env python3
"""Writes the GenModel of an .ecore (what EMF's "new GenModel" wizard does), for bundles without an IDE.

Usage: make-genmodel.py BUNDLE_DIR ECORE_NAME PREFIX BASE_PACKAGE [USED_GENMODEL_URI...]
e.g.   make-genmodel.py bundles/fr.segurstudio.couloir.bio bio Bio fr.segurstudio.couloir \
           platform:/resource/fr.segurstudio.model/model/segur.genmodel#//core
Run it again after adding classes or features to the .ecore; the result is committed.
"""
import sys
import xml.etree.ElementTree as ET

XSI = "{http://www.w3.org/2001/XMLSchema-instance}type"

bundle, name, prefix, base = sys.argv[1:5]
used = sys.argv[5:]
plugin = bundle.rstrip("/").split("/")[-1]
root = ET.parse(f"{bundle}/model/{name}.ecore").getroot()
ref = f"{name}.ecore#/"

out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<genmodel:GenModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore"',
    '    xmlns:genmodel="http://www.eclipse.org/emf/2002/GenModel"',
    f'    modelDirectory="/{plugin}/src-gen"',
    f'    modelPluginID="{plugin}"',
    f'    modelName="{prefix}"',
    '    rootExtendsClass="org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container"',
    '    importerID="org.eclipse.emf.importer.ecore"',
    '    complianceLevel="17.0"',
    '    copyrightFields="false"',
    '    updateClasspath="false"',
    '    bundleManifest="false"',
    '    operationReflection="true"',
    '    importOrganizing="true"' + (f'\n    usedGenPackages="{" ".join(used)}">' if used else ">"),
    f"  <foreignModel>{name}.ecore</foreignModel>",
    f'  <genPackages prefix="{prefix}" basePackage="{base}" disposableProviderFactory="true" ecorePackage="{ref}">',
]
for c in root.findall("eClassifiers"):
    kind, cname = c.get(XSI), c.get("name")
    if kind == "ecore:EEnum":
        out.append(f'    <genEnums typeSafeEnumCompatible="false" ecoreEnum="{ref}/{cname}">')
        for lit in c.findall("eLiterals"):
            out.append(f'      <genEnumLiterals ecoreEnumLiteral="{ref}/{cname}/{lit.get("name")}"/>')
        out.append("    </genEnums>")
for c in root.findall("eClassifiers"):
    if c.get(XSI) == "ecore:EDataType":
        out.append(f'    <genDataTypes ecoreDataType="{ref}/{c.get("name")}"/>')
for c in root.findall("eClassifiers"):
    if c.get(XSI) != "ecore:EClass":
        continue
    cname = c.get("name")
    features = c.findall("eStructuralFeatures")
    if not features:
        out.append(f'    <genClasses image="false" ecoreClass="{ref}/{cname}"/>')
        continue
    out.append(f'    <genClasses ecoreClass="{ref}/{cname}">')
    for f in features:
        fk = f.get(XSI).split(":")[1]
        fref = f"ecore:{fk} {ref}/{cname}/{f.get('name')}"
        if fk == "EReference" and f.get("containment") == "true":
            out.append(f'      <genFeatures property="None" children="true" createChild="true" ecoreFeature="{fref}"/>')
        else:
            out.append(f'      <genFeatures createChild="false" ecoreFeature="{fref}"/>')
    out.append("    </genClasses>")
out += ["  </genPackages>", "</genmodel:GenModel>", ""]
open(f"{bundle}/model/{name}.genmodel", "w").write("\n".join(out))
