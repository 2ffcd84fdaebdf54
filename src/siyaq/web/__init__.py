"""siyaq.web"""
