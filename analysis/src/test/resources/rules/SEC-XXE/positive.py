import xml.sax
from lxml import etree

parser = etree.XMLParser(resolve_entities=True)  # expect: SEC-XXE
reader = xml.sax.make_parser()
reader.setFeature(xml.sax.handler.feature_external_ges, True)  # expect: SEC-XXE
