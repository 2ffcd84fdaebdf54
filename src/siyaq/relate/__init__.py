"""siyaq.relate"""
