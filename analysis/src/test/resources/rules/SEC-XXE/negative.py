import xml.sax
from lxml import etree

parser = etree.XMLParser(resolve_entities=False, no_network=True)
reader = xml.sax.make_parser()
reader.setFeature(xml.sax.handler.feature_external_ges, False)
