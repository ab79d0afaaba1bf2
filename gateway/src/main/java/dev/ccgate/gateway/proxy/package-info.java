/**
 * The request path, modelled on Jetty's {@code ProxyHandler}: {@link
 * dev.ccgate.gateway.proxy.GatewayHandler} routes and identifies, {@link
 * dev.ccgate.gateway.proxy.MessagesHandler} decides and answers a pause or forwards, {@link
 * dev.ccgate.gateway.proxy.Upstream} sends the proxy-to-server request and relays the response
 * while a meter reads a copy, and the result is settled. Variables are named by hop: {@code
 * clientToProxyRequest}, {@code proxyToServerRequest}, {@code serverToProxyResponse}, {@code
 * proxyToClientResponse}.
 */
package dev.ccgate.gateway.proxy;
