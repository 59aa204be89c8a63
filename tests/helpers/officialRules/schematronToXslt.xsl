<?xml version="1.0" encoding="UTF-8"?>
<!--
  A minimal ISO Schematron (queryBinding xslt2) to XSLT compiler, written for this project's test harness
  (tests/helpers/officialRules/officialRules.ts). It covers what Peppol BIS Billing 3.0's PEPPOL-EN16931-UBL.sch
  uses: ns, global and rule lets, xsl:function, pattern, rule (first matching rule of a pattern fires, as in
  ISO Schematron), assert / report with id, flag and value-of / name in their text. No includes, abstract
  patterns or phases. The stylesheet it writes outputs SVRL failed-assert / successful-report elements.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:sch="http://purl.oclc.org/dsdl/schematron"
  xmlns:svrl="http://purl.oclc.org/dsdl/svrl"
  xmlns:axsl="urn:x-oms:alias-xsl"
  exclude-result-prefixes="sch">
  <xsl:namespace-alias stylesheet-prefix="axsl" result-prefix="xsl" />
  <xsl:output method="xml" indent="no" />

  <xsl:template match="/sch:schema">
    <axsl:stylesheet version="3.0">
      <xsl:for-each select="sch:ns">
        <xsl:namespace name="{@prefix}" select="string(@uri)" />
      </xsl:for-each>
      <xsl:namespace name="xs" select="'http://www.w3.org/2001/XMLSchema'" />
      <!-- Lets of the schema and of its patterns are global in Schematron. -->
      <xsl:apply-templates select="sch:let | sch:pattern/sch:let" />
      <xsl:copy-of select="xsl:function" />
      <axsl:template match="/">
        <svrl:schematron-output>
          <xsl:for-each select="sch:pattern">
            <axsl:apply-templates select="/" mode="M{position()}" />
          </xsl:for-each>
        </svrl:schematron-output>
      </axsl:template>
      <xsl:for-each select="sch:pattern">
        <xsl:variable name="mode" select="'M' || position()" />
        <xsl:for-each select="sch:rule">
          <axsl:template mode="{$mode}" priority="{1000 - position()}">
            <xsl:attribute name="match" select="@context" />
            <xsl:apply-templates select="sch:let" />
            <xsl:apply-templates select="sch:assert | sch:report" />
            <axsl:apply-templates select="@*|*" mode="{$mode}" />
          </axsl:template>
        </xsl:for-each>
        <axsl:template match="text()" priority="-1" mode="{$mode}" />
        <axsl:template match="@*|node()" priority="-2" mode="{$mode}">
          <axsl:apply-templates select="@*|*" mode="{$mode}" />
        </axsl:template>
      </xsl:for-each>
    </axsl:stylesheet>
  </xsl:template>

  <xsl:template match="sch:let">
    <axsl:variable>
      <xsl:attribute name="name" select="@name" />
      <xsl:attribute name="select" select="@value" />
    </axsl:variable>
  </xsl:template>

  <xsl:template match="sch:assert | sch:report">
    <axsl:if>
      <xsl:attribute name="test" select="if (self::sch:assert) then 'not(' || @test || ')' else string(@test)" />
      <xsl:element name="{if (self::sch:assert) then 'svrl:failed-assert' else 'svrl:successful-report'}"
        namespace="http://purl.oclc.org/dsdl/svrl">
        <xsl:attribute name="id" select="@id" />
        <xsl:attribute name="flag" select="(@flag, 'error')[1]" />
        <xsl:attribute name="test" select="@test" />
        <axsl:attribute name="location" select="path()" />
        <svrl:text>
          <xsl:apply-templates select="node()" mode="text" />
        </svrl:text>
      </xsl:element>
    </axsl:if>
  </xsl:template>

  <xsl:template match="text()" mode="text">
    <axsl:text>
      <xsl:value-of select="." />
    </axsl:text>
  </xsl:template>
  <xsl:template match="sch:value-of" mode="text">
    <axsl:value-of>
      <xsl:attribute name="select" select="@select" />
    </axsl:value-of>
  </xsl:template>
  <xsl:template match="sch:name" mode="text">
    <axsl:value-of select="name({(@path, '.')[1]})" />
  </xsl:template>
</xsl:stylesheet>
