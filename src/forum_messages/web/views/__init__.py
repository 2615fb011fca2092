"""Thin views: parse the request, check a rule, call a service, render a template."""
